// Writing generated files: only files whose bytes change are touched, each by write-then-rename,
// so an interrupted run never leaves a half-written file behind.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
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

/** Generated files whose committed version (git HEAD) differs from the work tree, or that are not committed. */
export function uncommittedFiles(root, files) {
  try {
    const out = execFileSync("git", ["status", "--porcelain", "--", ...files], { cwd: root, encoding: "utf8" });
    return out.split("\n").filter(Boolean).map((line) => line.slice(3));
  } catch {
    return []; // not a git checkout (e.g. an unpacked tarball): nothing to compare with
  }
}
