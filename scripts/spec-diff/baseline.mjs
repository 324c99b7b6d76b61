// Finds the version of a vendor spec that the last release was built from.
import { execFileSync } from "node:child_process";

function git(root, args) {
  try {
    return execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    // Callers treat "not found" as an answer; anything else (no git, not a repository) is fatal.
    if (error.status === 128 || error.status === 1) return undefined;
    throw error;
  }
}

/**
 * The git revision to compare against, in this order:
 *  1. the newest release tag `@partnerkit/<vendor>@<version>` (changesets' tag format) reachable from HEAD,
 *  2. the merge-base of HEAD with `main` (or `origin/main`, which is all a CI checkout may have),
 *  3. HEAD.
 * `base` (from --base) overrides all of them.
 */
export function findBaseline(root, vendor, base) {
  if (git(root, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") throw new Error(`${root} is not inside a git work tree`);
  if (base) {
    const rev = git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`])?.trim();
    if (!rev) throw new Error(`--base ${base}: no such commit`);
    return { rev, label: base };
  }
  // versionsort.suffix=- sorts 1.0.0-next.1 before 1.0.0.
  const tags = git(root, ["-c", "versionsort.suffix=-", "tag", "--list", `@partnerkit/${vendor}@*`, "--merged", "HEAD", "--sort=-v:refname"]);
  const tag = tags?.split("\n").find(Boolean);
  if (tag) return { rev: git(root, ["rev-parse", `${tag}^{commit}`]).trim(), label: tag };
  for (const branch of ["main", "origin/main"]) {
    const mergeBase = git(root, ["merge-base", "HEAD", branch])?.trim();
    if (mergeBase) return { rev: mergeBase, label: `merge-base with ${branch} (${mergeBase.slice(0, 7)})` };
  }
  const head = git(root, ["rev-parse", "--verify", "--quiet", "HEAD"])?.trim();
  if (head) return { rev: head, label: `HEAD (${head.slice(0, 7)})` };
  return { rev: undefined, label: "no commits yet" };
}

/** File content at `rev`, or undefined when it does not exist there. `path` is relative to `root`. */
export function readAt(root, rev, path) {
  if (!rev) return undefined;
  return git(root, ["show", `${rev}:./${path}`]);
}

/** Whether `path` (relative to root) exists in `rev`. */
export function existsAt(root, rev, path) {
  return !!rev && git(root, ["cat-file", "-e", `${rev}:./${path}`]) !== undefined;
}
