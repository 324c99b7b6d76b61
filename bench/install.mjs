// Cold `pnpm install --frozen-lockfile`: a temporary copy of the workspace's manifests (root package.json,
// pnpm-lock.yaml, pnpm-workspace.yaml, every workspace package's package.json) with an empty store and an empty
// metadata cache, so everything comes from the registry. Network-bound, so few runs.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { emit, log, median, repoRoot, round, run } from "./lib.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "2" } } });
const runs = Number(values.runs);

// `pnpm ls -r --depth -1` lists the workspace packages the way pnpm itself sees them.
const listed = await run("pnpm", ["ls", "-r", "--depth", "-1", "--json"]);
if (listed.code !== 0) throw new Error(`pnpm ls failed:\n${listed.stderr}`);
const manifests = JSON.parse(listed.stdout).map((p) => join(relative(repoRoot, p.path), "package.json"));

const times = [];
let packages;
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), "partnerkit-bench-install-"));
  try {
    const project = join(dir, "project");
    for (const file of ["pnpm-lock.yaml", "pnpm-workspace.yaml", ...manifests]) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(project, file));
    }
    const r = await run("pnpm", ["install", "--frozen-lockfile", "--store-dir", join(dir, "store"), "--cache-dir", join(dir, "cache")], {
      cwd: project,
      env: { CI: "true" },
      timeoutMs: 180_000,
    });
    if (r.code !== 0) throw new Error(`pnpm install failed (${r.code}):\n${(r.stdout + r.stderr).slice(-3000)}`);
    packages = /Packages: \+(\d+)/.exec(r.stdout)?.[1];
    times.push(r.ms);
    log(`cold install ${round(r.ms, 0)} ms (${packages} packages)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const version = (await run("pnpm", ["--version"])).stdout.trim();
emit({
  command: "pnpm install --frozen-lockfile --store-dir <empty> --cache-dir <empty>",
  pnpm: version,
  workspacePackages: manifests.length,
  packages: Number(packages),
  runs,
  medianMs: round(median(times), 0),
  runsMs: times.map((t) => round(t, 0)),
});
