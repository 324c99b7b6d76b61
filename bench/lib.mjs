// Helpers shared by the bench scripts. Each script prints one JSON object on stdout; progress goes to stderr.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(benchDir, "..");
export const vendors = JSON.parse(readFileSync(resolve(repoRoot, "partnerkit.config.json"), "utf8")).vendors;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value, digits = 2) => Number(value.toFixed(digits));

export function log(...args) {
  console.error("[bench]", ...args);
}

/** Runs a command to completion; resolves with its wall time, exit code and output. Never rejects on a non-zero exit. */
export function run(command, args, { cwd = repoRoot, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    // A hung tool must not hang the whole bench.
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ ms: performance.now() - started, code, signal, stdout, stderr });
    });
  });
}

/** Peak and current resident set size of a process, in MiB, from /proc (Linux only). */
export function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
  return { rssMiB: round(kib("VmRSS") / 1024, 1), peakRssMiB: round(kib("VmHWM") / 1024, 1) };
}

/** Prints the script's result for run.mjs. */
export function emit(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Self time per package/module in a V8 .cpuprofile, largest first: where a slow command spends its time. */
export function profileSummary(profile, top = 8) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const where = (frame.url || `(${frame.functionName})`)
      .replace(/^.*node_modules\/\.pnpm\/([^/]+)\/.*$/, "$1")
      .replace(`file://${repoRoot}/`, "");
    self.set(where, (self.get(where) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ where, ms: round(ms, 0) }));
}
