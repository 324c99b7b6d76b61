// pnpm bench: runs the single-purpose bench scripts one after another (never two at once: they would skew each
// other on 2 cores), keeps their JSON in bench/results.json and rewrites the generated part of BENCHMARKS.md.
//   node bench/run.mjs                       every measure
//   node bench/run.mjs --only overhead,bundle   just these; the others keep their last recorded figures
//   node bench/run.mjs --render                 no measuring: rewrite BENCHMARKS.md from bench/results.json
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchDir, repoRoot, round, run } from "./lib.mjs";

// name -> [script, ...args]. The overhead bench also measures the client on the last committed runtime: a before/after
// while the runtime has uncommitted changes, and an A/A noise floor once it has none.
const measures = {
  overhead: ["overhead.mjs", "--baseline", "HEAD"],
  generate: ["generate.mjs"],
  typecheck: ["typecheck.mjs"],
  contract: ["contract-suite.mjs"],
  mocks: ["mocks-memory.mjs"],
  bundle: ["bundle-size.mjs"],
  install: ["install.mjs"],
};

const { values } = parseArgs({ options: { only: { type: "string" }, render: { type: "boolean", default: false } } });
const selected = values.render ? [] : values.only ? values.only.split(",").map((s) => s.trim()) : Object.keys(measures);
const unknown = selected.filter((m) => !(m in measures));
if (unknown.length) {
  console.error(`unknown measure(s): ${unknown.join(", ")}; known: ${Object.keys(measures).join(", ")}`);
  process.exit(2);
}

const resultsFile = join(benchDir, "results.json");
const benchmarksFile = join(repoRoot, "BENCHMARKS.md");
const stored = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};

function runScript([script, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(benchDir, script), ...args], { cwd: benchDir, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

const machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  ramGiB: round(os.totalmem() / 2 ** 30, 1),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  pnpm: (await run("pnpm", ["--version"])).stdout.trim(),
};

const started = performance.now();
let failed = 0;
for (const name of selected) {
  console.error(`\n[bench] == ${name} (${measures[name].join(" ")})`);
  const t0 = performance.now();
  const { code, stdout } = await runScript(measures[name]);
  const ms = performance.now() - t0;
  if (code !== 0) {
    failed++;
    console.error(`[bench] ${name} failed (exit ${code}); its previous figures, if any, are kept`);
    continue;
  }
  stored[name] = { date: new Date().toISOString(), machine, wallMs: round(ms, 0), result: JSON.parse(stdout.trim().split("\n").at(-1)) };
}
const totalMs = performance.now() - started;
if (!values.render) stored.lastRun = { date: new Date().toISOString(), only: values.only ?? null, wallMs: round(totalMs, 0), machine };
writeFileSync(resultsFile, `${JSON.stringify(stored, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------------
// BENCHMARKS.md: only the part between the markers is generated; the analysis around it is written by hand.

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const status = (ok) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function render() {
  const rows = [];
  const details = [];
  const o = stored.overhead?.result;
  if (o) {
    const pk = o.sequential.partnerkit;
    const beatsBoth = pk.medianUs < o.sequential.axios.medianUs && pk.medianUs < o.sequential.ky.medianUs;
    rows.push([
      "Per-request overhead, sequential: partnerkit client (auth + retries) vs raw fetch",
      `×${pk.ratioVsFetch} (${pk.medianUs} µs vs ${o.sequential.fetch.medianUs} µs); axios ×${o.sequential.axios.ratioVsFetch}, ky ×${o.sequential.ky.ratioVsFetch}`,
      "≤ 1.05× raw fetch; faster than axios and ky",
      `${status(pk.ratioVsFetch <= 1.05)} (ratio); ${status(beatsBoth)} (faster than axios and ky)`,
    ]);
    const pc = o.concurrent.partnerkit;
    rows.push([
      `Per-request overhead, ${o.concurrency} concurrent`,
      `×${pc.ratioVsFetch} (${pc.medianUs} µs vs ${o.concurrent.fetch.medianUs} µs per request)`,
      "≤ 1.05× raw fetch",
      status(pc.ratioVsFetch <= 1.05),
    ]);
    const table = (mode) =>
      Object.entries(o[mode])
        .map(([name, r]) => `| ${name} | ${r.medianUs} | ×${r.ratioVsFetch} | ${r.samplesUs.join(", ")} |`)
        .join("\n");
    details.push(`### Per-request overhead (\`bench/overhead.mjs\`, ${stored.overhead.date.slice(0, 10)})

${o.requestsPerClient.toLocaleString("en")} requests per client in ${o.rounds} rounds after ${o.warmup} warm-up requests each, all clients in one
process and one run, round order rotated and reversed; a node:http server in a child process answers a small JSON body.
Figure: median µs per request over the rounds; ratio: median over rounds of (client ÷ raw fetch in the same round).
The partnerkit client is \`createTdsynnexIonClient({ baseUrl, auth: { token } })\` with default retries and timeout.

Sequential:

| client | µs/request | vs fetch | per round (µs) |
|---|---|---|---|
${table("sequential")}

${o.concurrency} concurrent:

| client | µs/request | vs fetch | per round (µs) |
|---|---|---|---|
${table("concurrent")}`);
  }
  const g = stored.generate?.result;
  if (g) {
    rows.push(["`pnpm generate`, all vendors, cold", s(g.cold.medianMs), "≤ 4 s", status(g.cold.medianMs <= 4000)]);
    rows.push(["`pnpm generate`, nothing changed", s(g.unchanged.medianMs), "≤ 1 s", status(g.unchanged.medianMs <= 1000)]);
    details.push(`### Generate (\`bench/generate.mjs\`, ${stored.generate.date.slice(0, 10)})

\`${g.command}\` (${g.output} changed on the second run), median of ${g.runs}; a temporary copy of
partnerkit.config.json + specs/ with no packages/ is "cold". Runs (ms): cold ${g.cold.runsMs.join(", ")}; nothing changed ${g.unchanged.runsMs.join(", ")}.
${g.specDiff ? `The release-notes step \`pnpm generate\` runs after the packages (\`scripts/spec-diff/cli.mjs\`, needs git, timed read-only in the checkout): median ${s(g.specDiff.medianMs)}; so \`pnpm generate\` in the repo ≈ ${s(g.unchanged.medianMs + g.specDiff.medianMs)} with nothing changed.` : ""}

Self time of one no-change run (\`--cpu-prof\`): ${g.unchangedProfile.map((p) => `${p.where} ${p.ms} ms`).join("; ")}.`);
  }
  const t = stored.typecheck?.result;
  if (t) {
    const find = (project, compiler) => t.results.find((r) => r.project === project && r.compiler === compiler);
    const ts5 = find("skipLibCheck (default)", "TypeScript 5.9");
    const ts7 = find("skipLibCheck (default)", "TypeScript 7");
    rows.push(["`tsc --noEmit` of a consumer of all four packages (20 calls), TypeScript 5.9", s(ts5.medianMs), "≤ 3 s", status(ts5.medianMs <= 3000)]);
    rows.push(["the same with TypeScript 7 (native)", s(ts7.medianMs), "≤ 1 s", status(ts7.medianMs <= 1000)]);
    const methods = find("operation methods, skipLibCheck", "TypeScript 5.9");
    const openai = find("openai-node 20 calls, skipLibCheck", "TypeScript 5.9");
    if (methods) {
      const n = Number(methods.diagnostics.Instantiations);
      rows.push(["Type instantiations of the 20 calls made through operation methods (TypeScript 5.9)", `${n.toLocaleString("en")} (path-style: ${Number(ts5.diagnostics.Instantiations).toLocaleString("en")})`, "≤ 10,000", status(n <= 10000)]);
    }
    if (methods && openai) {
      rows.push(["`tsc --noEmit`: operation-method consumer vs an openai-node consumer (20 calls each, same run)", `${s(methods.medianMs)} vs ${s(openai.medianMs)}`, "no slower", status(methods.medianMs <= openai.medianMs)]);
    }
    details.push(`### Type checking (\`bench/typecheck.mjs\`, ${stored.typecheck.date.slice(0, 10)})

\`tsc --noEmit -p bench/consumer/...\`, wall time including start-up, median of ${t.runs} (one warm-up run dropped).
The consumer resolves the packages' published types (dist/*.d.ts) through bench/node_modules.

| tsconfig | compiler | median | runs (ms) | types | instantiations | check time | memory |
|---|---|---|---|---|---|---|---|
${t.results.map((r) => `| ${r.project} | ${r.version} | ${s(r.medianMs)} | ${r.runsMs.join(", ")} | ${r.diagnostics.Types} | ${r.diagnostics.Instantiations} | ${r.diagnostics["Check time"]} | ${r.diagnostics["Memory used"]} |`).join("\n")}`);
  }
  const c = stored.contract?.result;
  if (c) {
    rows.push([
      "Contract suites of all vendor packages, cold, 2 cores",
      `${s(c.parallel.medianMs)} (all four at once); ${s(c.sequential.medianMs)} one after another`,
      "≤ 30 s wall",
      `${status(c.parallel.medianMs <= 30000)}${c.failed ? ` (${c.failed} failing test${c.failed > 1 ? "s" : ""}, see below)` : ""}`,
    ]);
    details.push(`### Contract suites (\`bench/contract-suite.mjs\`, ${stored.contract.date.slice(0, 10)})

\`vitest run\` in each vendor package (fresh processes, no turbo cache), median of ${c.runs}: all four started together (as
\`turbo run test\` schedules them) and one after another. ${c.passed} tests passed, ${c.failed} failed in the last sequential run.
Runs (ms): parallel ${c.parallel.runsMs.join(", ")}; sequential ${c.sequential.runsMs.join(", ")}.

| package | wall | passed | failed |
|---|---|---|---|
${c.perPackage.map((p) => `| ${p.vendor} | ${s(p.ms)} | ${p.passed} | ${p.failed} |`).join("\n")}
${c.failures?.length ? `\nFailing tests (owned by the packages, not by the bench):\n\n${c.failures.map((f) => `- ${f.test} (${[...new Set(f.modes)].join(", ")})`).join("\n")}` : ""}`);
  }
  const m = stored.mocks?.result;
  if (m) {
    const inproc = m.results[0];
    rows.push(["All four Prism mocks together, RSS", `${inproc.peakRssMiB} MiB peak in one process (${m.results.map((r) => `${r.peakRssMiB} MiB ${r.mode}`).slice(1).join("; ")})`, "≤ 250 MiB", status(inproc.peakRssMiB <= 250)]);
    details.push(`### Mock servers (\`bench/mocks-memory.mjs\`, ${stored.mocks.date.slice(0, 10)})

The four vendors' mocks, median of ${m.runs}; memory of the mock processes only (/proc VmRSS, VmHWM = peak) after one valid
request to each (${Object.entries(m.probes).map(([v, p]) => `${v}: \`${p}\``).join(", ")}).

| how | processes | ready (wall) | RSS | peak RSS | statuses |
|---|---|---|---|---|---|
${m.results.map((r) => `| ${r.mode} | ${r.processes} | ${s(r.readyMs)} | ${r.rssMiB} MiB | ${r.peakRssMiB} MiB | ${Object.values(r.statuses).join(", ")} |`).join("\n")}`);
  }
  const b = stored.bundle?.result;
  if (b) {
    const entries = b.results.filter((r) => / \(all exports\)$/.test(r.label) && r.label.startsWith("@partnerkit/") && !r.label.startsWith("@partnerkit/runtime") && !r.label.includes("/odr"));
    const worst = entries.reduce((a, r) => (r.gzipBytes > a.gzipBytes ? r : a));
    const best = entries.reduce((a, r) => (r.gzipBytes < a.gzipBytes ? r : a));
    rows.push(["Runtime bundle per vendor package (esbuild, minified + gzip)", `${kB(best.gzipBytes)} – ${kB(worst.gzipBytes)} (${worst.label.split(" ")[0]})`, "≤ 8 kB", status(worst.gzipBytes <= 8000)]);
    details.push(`### Bundle size (\`bench/bundle-size.mjs\`, ${stored.bundle.date.slice(0, 10)})

${b.bundler}. "all exports" bundles the package's ESM entry as is; "create…Client only" is an app that imports just the
factory and creates a client (what tree-shaking leaves).

| bundle | minified | gzip | largest inputs (minified bytes) |
|---|---|---|---|
${[...b.results, b.runtimeSources].map((r) => `| ${r.label} | ${kB(r.minifiedBytes)} | ${kB(r.gzipBytes)} | ${r.top.slice(0, 4).map((x) => `${x.file.replace(/^(\.\.\/)+/, "")} ${x.bytes}`).join(", ")} |`).join("\n")}`);
  }
  const i = stored.install?.result;
  if (i) {
    rows.push(["Cold `pnpm install --frozen-lockfile`", s(i.medianMs), "≤ 15 s", status(i.medianMs <= 15000)]);
    details.push(`### Install (\`bench/install.mjs\`, ${stored.install.date.slice(0, 10)})

\`${i.command}\` with pnpm ${i.pnpm} in a temporary copy of the ${i.workspacePackages} workspace manifests + lockfile: ${i.packages} packages
from the registry, median of ${i.runs} (runs: ${i.runsMs.map((t) => s(t)).join(", ")}). Network-bound.`);
  }

  const mc = stored.lastRun.machine;
  return `${START}
<!-- Generated by bench/run.mjs from bench/results.json; edit the text outside these markers only. -->
## Results

Machine: ${mc.cpu}, ${mc.cores} cores, ${mc.ramGiB} GiB RAM, ${mc.os}, Node ${mc.node}, pnpm ${mc.pnpm}. Shared VM: figures are medians and
ratios come from one run side by side. Last run: ${stored.lastRun.date.slice(0, 16).replace("T", " ")} UTC, \`${
    stored.lastRun.only ? `node bench/run.mjs --only ${stored.lastRun.only}` : "pnpm bench"
  }\`, ${s(stored.lastRun.wallMs)} for the measures (plus \`pnpm build\` first under \`pnpm bench\`).

| Measure | Figure (median) | Target | |
|---|---|---|---|
${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}

${details.join("\n\n")}
${END}`;
}

const skeleton = `# Benchmarks\n\nRun with \`pnpm bench\` (or \`node bench/run.mjs --only overhead,bundle\`).\n\n${START}\n${END}\n`;
const current = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, "utf8") : skeleton;
const [before, rest] = current.includes(START) ? current.split(START) : [current + "\n", `${END}`];
const after = rest.slice(rest.indexOf(END) + END.length);
writeFileSync(benchmarksFile, `${before}${render()}${after}`);
console.error(`\n[bench] ${selected.length - failed}/${selected.length} measures in ${s(totalMs)}; wrote BENCHMARKS.md and bench/results.json`);
process.exitCode = failed ? 1 : 0;
