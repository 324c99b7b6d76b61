// Node binaries for the consumer test's matrix. They come from the npm registry's `node-<platform>-<arch>`
// packages (which ship bin/node and run no install scripts) at pinned exact versions, and are installed once into a
// cache at the repo root that survives between runs, so only the first run pays for the download.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One pinned release per Node major the packages support; the machine's own Node stands in for its major. */
export const NODE_PINS = { 20: "20.20.2", 22: "22.23.3", 24: "24.21.0" };

/**
 * The path of a `node` binary of the given major. The machine's Node when its major matches (no download),
 * otherwise the pinned release from the cache, installed with npm on a miss.
 */
export async function nodeBinary(major, cacheDir) {
  if (process.versions.node.split(".")[0] === String(major)) return process.execPath;
  const version = NODE_PINS[major];
  if (!version) throw new Error(`no pinned Node release for major ${major}`);
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = join(cacheDir, version);
  const bin = join(dir, "node_modules", pkg, "bin", "node");
  if ((await versionOf(bin)) === version) return bin;

  // Install into a private staging directory and move it into place in one step, so a run that is interrupted, or
  // another run doing the same at the same time, never leaves a half-written binary at the cached path.
  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(join(cacheDir, `.${version}-`));
  try {
    await run(
      "npm",
      ["install", "--prefix", staging, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact", `${pkg}@${version}`],
      { timeout: 300_000 },
    );
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir).catch((error) => {
      // Another run moved its copy into place first; theirs is as good as ours.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const installed = await versionOf(bin);
  if (installed !== version) throw new Error(`${pkg}@${version} installed, but ${bin} reports ${installed ?? "nothing"}`);
  return bin;
}

async function versionOf(bin) {
  try {
    const { stdout } = await run(bin, ["--version"], { timeout: 30_000 });
    return stdout.trim().replace(/^v/, "");
  } catch {
    return undefined;
  }
}
