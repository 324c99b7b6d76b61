// Wall time of every vendor package's `vitest run` (the contract suites: every operation of every vendor against its
// Prism mock), cold in the sense that no turbo cache is involved: fresh processes each time. Measured with the four
// packages run one after another, and all at once as `turbo run test` schedules them on these 2 cores.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { emit, log, median, repoRoot, round, run, vendors } from "./lib.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);

function vitest(vendor) {
  const cwd = join(repoRoot, "packages", vendor);
  const bin = join(dirname(createRequire(join(cwd, "package.json")).resolve("vitest/package.json")), "vitest.mjs");
  return run(process.execPath, [bin, "run"], { cwd, env: { CI: "1", NO_COLOR: "1", FORCE_COLOR: "0" } }).then((r) => {
    const output = r.stdout + r.stderr;
    const count = (word) => Number(new RegExp(`Tests\\s+(?:.*?(\\d+) ${word})?`).exec(output)?.[1] ?? 0);
    // A failing test is the owning package's business; the timing still counts, and the report names the failure.
    if (r.code !== 0) log(`${vendor}: vitest exited ${r.code}`);
    const failures = [...new Set(output.split("\n").filter((l) => /^\s*FAIL\s/.test(l)).map((l) => l.trim()))];
    return { vendor, ms: r.ms, passed: count("passed"), failed: count("failed"), exitCode: r.code, failures };
  });
}

const sequential = [];
const parallel = [];
const failures = new Map();
let perPackage = [];
const noteFailures = (mode, results) => {
  for (const r of results) for (const f of r.failures) failures.set(`${r.vendor}: ${f}`, [...(failures.get(`${r.vendor}: ${f}`) ?? []), mode]);
};
for (let i = 0; i < runs; i++) {
  let started = performance.now();
  perPackage = [];
  for (const v of vendors) perPackage.push(await vitest(v));
  sequential.push(performance.now() - started);
  noteFailures("sequential", perPackage);
  started = performance.now();
  noteFailures("parallel", await Promise.all(vendors.map(vitest)));
  parallel.push(performance.now() - started);
  log(`contract suites: sequential ${round(sequential.at(-1), 0)} ms, parallel ${round(parallel.at(-1), 0)} ms`);
}
emit({
  runs,
  passed: perPackage.reduce((s, p) => s + p.passed, 0),
  failed: perPackage.reduce((s, p) => s + p.failed, 0),
  perPackage: perPackage.map(({ failures: _, ...p }) => ({ ...p, ms: round(p.ms, 0) })),
  // Every failing test seen in any run, with the modes it failed in.
  failures: [...failures].map(([test, modes]) => ({ test, modes })),
  sequential: { medianMs: round(median(sequential), 0), runsMs: sequential.map((t) => round(t, 0)) },
  parallel: { medianMs: round(median(parallel), 0), runsMs: parallel.map((t) => round(t, 0)) },
});
