#!/usr/bin/env node
// pnpm release:dry: what a release would produce, without publishing or touching this work tree.
// Copies the committed tree to a temporary directory, runs `changeset version` there (bumps, changelogs),
// builds, and packs every public package; prints the versions and leaves the tarballs in .release/.
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = join(root, ".release");
const work = await mkdtemp(join(tmpdir(), "partnerkit-release-"));
const sh = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });

try {
  // git worktree gives the committed tree (no untracked files), sharing history for changesets.
  sh("git", ["worktree", "add", "--detach", join(work, "tree"), "HEAD"], root);
  const tree = join(work, "tree");
  await cp(join(root, "node_modules"), join(tree, "node_modules"), { recursive: true, verbatimSymlinks: true });
  sh("pnpm", ["install", "--frozen-lockfile", "--offline"], tree);
  sh("pnpm", ["exec", "changeset", "version"], tree);
  sh("pnpm", ["run", "build"], tree);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const dir of await readdir(join(tree, "packages"))) {
    const manifest = JSON.parse(await readFile(join(tree, "packages", dir, "package.json"), "utf8"));
    if (manifest.private) continue;
    sh("pnpm", ["pack", "--pack-destination", out], join(tree, "packages", dir));
    console.log(`${manifest.name}@${manifest.version}`);
  }
  console.log(`tarballs in ${out}; changelogs in the temporary tree were discarded`);
} finally {
  execFileSync("git", ["worktree", "remove", "--force", join(work, "tree")], { cwd: root, stdio: "ignore" });
  await rm(work, { recursive: true, force: true });
}
