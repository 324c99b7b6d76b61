// Start-up time and memory of the four vendors' Prism mocks: all in one process through Prism's library API
// (@partnerkit/testkit's startPrismMock), versus one process per vendor (library API), versus one `prism mock` CLI
// per vendor. Memory is read from /proc after one valid request to every mock, for the mock processes only.
import { fork, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sampleRequests } from "@partnerkit/testkit/sample-requests";
import { emit, log, median, procMemory, repoRoot, round, vendors } from "./lib.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
// Both are the test kit's own dependencies (pnpm keeps them out of ours): use its copies.
const testkitRequire = createRequire(import.meta.resolve("@partnerkit/testkit"));
const YAML = testkitRequire("yaml");
const prismCli = createRequire(join(repoRoot, "package.json")).resolve("@stoplight/prism-cli/dist/index.js");
const specFile = (v) => join(repoRoot, "specs", v, "openapi.yaml");

// One valid request per vendor: the first GET among the test kit's sample requests.
const probes = Object.fromEntries(
  vendors.map((v) => {
    const samples = sampleRequests(YAML.parse(readFileSync(specFile(v), "utf8")));
    const s = samples.find((r) => r.method === "GET") ?? samples[0];
    const query = new URLSearchParams(Object.entries(s.query).map(([k, val]) => [k, String(val)])).toString();
    return [v, { path: s.path + (query ? `?${query}` : ""), headers: { authorization: "Bearer bench", ...s.headers } }];
  }),
);

function host(names) {
  const child = fork(new URL("./fixtures/mock-host.mjs", import.meta.url), names, { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const ready = new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.mocks));
    child.once("exit", (code) => reject(new Error(`mock host exited (${code})`)));
  });
  return { pids: [child.pid], ready, stop: () => new Promise((r) => (child.once("exit", r), child.disconnect())) };
}

function cli(vendor) {
  const child = spawn(process.execPath, [prismCli, "mock", "-h", "127.0.0.1", "-p", "0", specFile(vendor)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  let out = "";
  const ready = new Promise((resolve, reject) => {
    const onData = (b) => {
      out += b;
      const m = /Prism is listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        child.stdout.off("data", onData);
        child.stdout.resume(); // keep draining the per-request log lines
        resolve([{ vendor, url: m[1] }]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (b) => (out += b));
    child.once("exit", (code) => reject(new Error(`prism CLI exited (${code}):\n${out}`)));
  });
  const stop = () =>
    new Promise((r) => {
      if (child.exitCode !== null) return r();
      child.once("exit", r);
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    });
  return { pids: [child.pid], ready, stop };
}

const modes = {
  "one process, library API (testkit)": () => [host(vendors)],
  "one process per vendor, library API": () => vendors.map((v) => host([v])),
  "one `prism mock` CLI per vendor": () => vendors.map(cli),
};

async function measure(start) {
  const began = performance.now();
  const procs = start();
  try {
    const mocks = (await Promise.all(procs.map((p) => p.ready))).flat();
    const readyMs = performance.now() - began;
    const statuses = {};
    for (const { vendor, url } of mocks) {
      const probe = probes[vendor];
      const res = await fetch(url + probe.path, { headers: probe.headers });
      await res.arrayBuffer();
      statuses[vendor] = res.status;
    }
    const mem = procs.flatMap((p) => p.pids).map(procMemory);
    return {
      readyMs,
      rssMiB: mem.reduce((s, m) => s + m.rssMiB, 0),
      peakRssMiB: mem.reduce((s, m) => s + m.peakRssMiB, 0),
      processes: mem.length,
      statuses,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
  }
}

const results = [];
for (const [mode, start] of Object.entries(modes)) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(start));
  const result = {
    mode,
    processes: samples[0].processes,
    readyMs: round(median(samples.map((s) => s.readyMs)), 0),
    rssMiB: round(median(samples.map((s) => s.rssMiB)), 1),
    peakRssMiB: round(median(samples.map((s) => s.peakRssMiB)), 1),
    statuses: samples[0].statuses,
  };
  log(`${mode}: ready ${result.readyMs} ms, RSS ${result.rssMiB} MiB (peak ${result.peakRssMiB})`);
  results.push(result);
}
emit({ vendors, runs, probes: Object.fromEntries(Object.entries(probes).map(([v, p]) => [v, `GET ${p.path}`])), results });
