// Writing generated files: only files whose bytes change are touched, each by write-then-rename,
// so an interrupted run never leaves a half-written file behind.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";

/** The file's text, or null when it does not exist. */
export async function readOrNull(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

/** Files (absolute path -> content) whose content on disk differs. */
export async function changedFiles(files) {
  const changed = [];
  for (const [file, content] of files) if ((await readOrNull(file)) !== content) changed.push(file);
  return changed;
}

export async function writeFiles(files, changed) {
  for (const file of changed) {
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, files.get(file));
    await rename(temp, file);
  }
}

/** A git failure in a checkout: reported, never taken as "nothing to compare". */
export class CheckoutError extends Error {
  name = "CheckoutError";
}

/**
 * Generated files whose committed version (git HEAD) differs from the work tree, or that are not committed;
 * null when root is not a git checkout at all (an unpacked tarball, a test's temporary tree).
 */
export function uncommittedFiles(root, files) {
  const git = (args) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  try {
    git(["rev-parse", "--is-inside-work-tree"]);
  } catch (error) {
    if (!existsSync(join(root, ".git")) && (error.code === "ENOENT" || /not a git repository/i.test(error.stderr ?? ""))) return null;
    throw new CheckoutError(`git cannot read the checkout at ${root}: ${(error.stderr || error.message).trim()}`);
  }
  try {
    return git(["status", "--porcelain", "--", ...files]).split("\n").filter(Boolean).map((line) => line.slice(3));
  } catch (error) {
    throw new CheckoutError(`git status failed in ${root}: ${(error.stderr || error.message).trim()}`);
  }
}
