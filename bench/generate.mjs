// `pnpm generate` for all vendors, in a temporary copy of its inputs (partnerkit.config.json + specs/) so the
// checkout other people work in is never written: cold (no packages/ yet) and with nothing changed (second run).
// The spec-diff step needs the repo's git history, so it is timed separately, read-only, in the checkout.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { emit, log, median, profileSummary, repoRoot, round, run } from "./lib.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
const generator = join(repoRoot, "scripts/generate.mjs");
const specDiffCli = join(repoRoot, "scripts/spec-diff/cli.mjs");
const codegenOnly = readFileSync(generator, "utf8").includes("no-spec-diff") ? ["--no-spec-diff"] : [];

function freshRoot() {
  const dir = mkdtempSync(join(tmpdir(), "partnerkit-bench-gen-"));
  cpSync(join(repoRoot, "partnerkit.config.json"), join(dir, "partnerkit.config.json"));
  cpSync(join(repoRoot, "specs"), join(dir, "specs"), { recursive: true });
  return dir;
}

async function generate(root, extra = []) {
  const r = await run(process.execPath, [...extra, generator, ...codegenOnly, "--root", root]);
  if (r.code !== 0) throw new Error(`generate failed (${r.code}):\n${r.stderr}`);
  return r;
}

const cold = [];
const unchanged = [];
let files = "";
let profile;
for (let i = 0; i < runs; i++) {
  const root = freshRoot();
  try {
    cold.push((await generate(root)).ms);
    const second = await generate(root);
    if (!/: 0 of \d+ files changed/.test(second.stdout)) throw new Error(`second run changed files:\n${second.stdout}`);
    files = /(\d+ vendors: 0 of \d+ files)/.exec(second.stdout)[1];
    unchanged.push(second.ms);
    if (i === runs - 1) {
      // One profiled no-change run: why "nothing changed" still costs what it costs.
      const profDir = join(root, "prof");
      await generate(root, ["--cpu-prof", `--cpu-prof-dir=${profDir}`]);
      profile = profileSummary(JSON.parse(readFileSync(join(profDir, readdirSync(profDir)[0]), "utf8")));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
log(`generate cold ${round(median(cold), 0)} ms, unchanged ${round(median(unchanged), 0)} ms`);

let specDiff;
if (existsSync(specDiffCli)) {
  // Without --write/--check it only prints: safe to run in the shared checkout.
  const times = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const r = await run(process.execPath, [specDiffCli, "--root", repoRoot]);
    if (r.code !== 0 && r.code !== 1) throw new Error(`spec-diff failed (${r.code}):\n${r.stderr}`);
    times.push(r.ms);
  }
  specDiff = { medianMs: round(median(times), 0), runsMs: times.map((t) => round(t, 0)) };
  log(`spec-diff ${specDiff.medianMs} ms`);
}

emit({
  command: `node scripts/generate.mjs ${codegenOnly.join(" ")} --root <temp copy>`.replace("  ", " "),
  runs,
  output: files,
  cold: { medianMs: round(median(cold), 0), runsMs: cold.map((t) => round(t, 0)) },
  unchanged: { medianMs: round(median(unchanged), 0), runsMs: unchanged.map((t) => round(t, 0)) },
  unchangedProfile: profile,
  specDiff,
});
