// `tsc --noEmit` of bench/consumer (all four vendor packages, 20 typed path-style calls) and bench/consumer-methods (the
// same 20 calls through operation methods) with TypeScript 5.9 and the native
// TypeScript 7. Wall time per run includes Node/Go start-up, as a developer or CI pays it.
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchDir, emit, log, median, round, run } from "./lib.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
const require = createRequire(import.meta.url);
const compilers = {
  "TypeScript 5.9": [process.execPath, require.resolve("typescript/bin/tsc")],
  // Native port: its bin is a tiny JS launcher for the Go binary.
  "TypeScript 7": [process.execPath, join(benchDir, "node_modules/typescript7/bin/tsc")],
};
const projects = {
  "skipLibCheck (default)": "consumer/tsconfig.json",
  "no skipLibCheck": "consumer/tsconfig.no-skiplibcheck.json",
  // The same 20 calls through operation methods (explicit per-operation types instead of lookups through `paths`).
  "operation methods, skipLibCheck": "consumer-methods/tsconfig.json",
  // For comparison: openai-node (a Stainless SDK), 20 calls, the same compiler options.
  "openai-node 20 calls, skipLibCheck": "consumer-openai/tsconfig.json",
};

/** A few lines of --extendedDiagnostics: what the time goes to. */
function diagnostics(text) {
  const pick = ["Files", "Types", "Instantiations", "Memory used", "Parse time", "Bind time", "Check time", "Total time"];
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z ]+):\s+(\S+)/.exec(line);
    if (m && pick.includes(m[1].trim())) out[m[1].trim()] = m[2];
  }
  return out;
}

const results = [];
for (const [projectLabel, project] of Object.entries(projects)) {
  for (const [compiler, argv] of Object.entries(compilers)) {
    const version = (await run(argv[0], [argv[1], "--version"])).stdout.trim();
    const times = [];
    // Runs interleave with nothing else, but the first one also warms the OS file cache: drop it.
    for (let i = 0; i <= runs; i++) {
      const r = await run(argv[0], [argv[1], "--noEmit", "-p", project], { cwd: benchDir });
      if (r.code !== 0) throw new Error(`${compiler} reported errors in ${project}:\n${r.stdout}${r.stderr}`);
      if (i > 0) times.push(r.ms);
    }
    const diag = await run(argv[0], [argv[1], "--noEmit", "--extendedDiagnostics", "-p", project], { cwd: benchDir });
    const result = { project: projectLabel, compiler, version, medianMs: round(median(times), 0), runsMs: times.map((t) => round(t, 0)), diagnostics: diagnostics(diag.stdout) };
    log(`${projectLabel} ${compiler}: ${result.medianMs} ms`);
    results.push(result);
  }
}
emit({ project: "bench/consumer", runs, results });
