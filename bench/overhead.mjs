// Per-request overhead of the partnerkit client (auth + default retries) against raw fetch, openapi-fetch alone,
// axios and ky, all in one process and one run, against a node:http server in a child process.
// Rounds alternate the client order so drift on a shared machine hits every client alike; figures are medians over rounds.
import { execFileSync, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import axios from "axios";
import ky from "ky";
import { createTdsynnexIonClient } from "@partnerkit/tdsynnex-ion";
import { emit, log, median, repoRoot, round } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    rounds: { type: "string", default: "20" },
    concurrency: { type: "string", default: "50" },
    warmup: { type: "string", default: "1000" },
    // A git ref: also measure the client built on the runtime's sources at that ref (before/after in one run).
    baseline: { type: "string" },
  },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);
const perRound = Math.floor(requests / rounds);

// openapi-fetch is the runtime's dependency, not ours: load the very copy the runtime uses.
const runtimeRequire = createRequire(import.meta.resolve("@partnerkit/runtime"));
const openapiFetchModule = runtimeRequire("openapi-fetch");
const createOpenApiFetch = openapiFetchModule.default ?? openapiFetchModule;

/** The TD SYNNEX client bundled with packages/runtime/src as of `ref` (read with git archive; the checkout is untouched). */
async function baselineFactory(ref) {
  const dir = mkdtempSync(join(tmpdir(), "partnerkit-bench-baseline-"));
  try {
    execFileSync("git", ["archive", "-o", join(dir, "src.tar"), ref, "packages/runtime/src"], { cwd: repoRoot });
    execFileSync("tar", ["-xf", "src.tar"], { cwd: dir });
    const outfile = join(dir, "client.mjs");
    await build({
      entryPoints: [join(dirname(createRequire(import.meta.url).resolve("@partnerkit/tdsynnex-ion/package.json")), "dist/index.js")],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      outfile,
      logLevel: "silent",
      plugins: [
        {
          name: "baseline-runtime",
          setup(b) {
            b.onResolve({ filter: /^@partnerkit\/runtime$/ }, () => ({ path: join(dir, "packages/runtime/src/index.ts") }));
            b.onResolve({ filter: /^openapi-fetch$/ }, () => ({ path: runtimeRequire.resolve("openapi-fetch") }));
          },
        },
      ],
    });
    return (await import(pathToFileURL(outfile).href)).createTdsynnexIonClient;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const baselineRef = values.baseline && execFileSync("git", ["rev-parse", "--short", values.baseline], { cwd: repoRoot, encoding: "utf8" }).trim();
const createBaselineClient = baselineRef && (await baselineFactory(baselineRef));

const server = fork(new URL("./fixtures/json-server.mjs", import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
const { port } = await new Promise((resolve, reject) => {
  server.once("message", resolve);
  server.once("exit", (code) => reject(new Error(`server exited (${code})`)));
});
const baseUrl = `http://127.0.0.1:${port}`;
const token = "bench-token";
const path = "/v3/accounts/{accountId}/customers";
const url = `${baseUrl}/v3/accounts/a-1/customers`;
const check = (data) => {
  if (data?.total !== 1) throw new Error(`unexpected body ${JSON.stringify(data)}`);
};

const partnerkit = createTdsynnexIonClient({ baseUrl, auth: { token } });
const openapiFetch = createOpenApiFetch({ baseUrl, headers: { authorization: `Bearer ${token}` } });
const axiosClient = axios.create({ baseURL: baseUrl, headers: { authorization: `Bearer ${token}` } });
const kyClient = ky.create({ prefixUrl: baseUrl, headers: { authorization: `Bearer ${token}` } });

// Every client sends the bearer token and parses the JSON body.
const clients = {
  fetch: async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    check(await res.json());
  },
  "openapi-fetch": async () => check((await openapiFetch.GET(path, { params: { path: { accountId: "a-1" } } })).data),
  partnerkit: async () => check((await partnerkit.GET(path, { params: { path: { accountId: "a-1" } } })).data),
  axios: async () => check((await axiosClient.get("/v3/accounts/a-1/customers")).data),
  ky: async () => check(await kyClient.get("v3/accounts/a-1/customers").json()),
};
// Diagnostics, not contenders: raw fetch plus one cost the typed clients pay each, to explain their gap to raw fetch.
// openapi-fetch builds a Request object and hands it to fetch; the runtime adds a per-attempt timeout signal.
Object.assign(clients, {
  // A/A control: raw fetch again. Its ratio to fetch shows how much of any ratio is noise on this machine.
  "diag: fetch again (A/A)": clients.fetch,
  "diag: fetch(new Request)": async () => {
    const res = await fetch(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
    check(await res.json());
  },
  "diag: fetch + AbortSignal.timeout": async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(60_000) });
    check(await res.json());
  },
});
if (createBaselineClient) {
  const baseline = createBaselineClient({ baseUrl, auth: { token } });
  clients[`partnerkit (runtime @ ${baselineRef})`] = async () => check((await baseline.GET(path, { params: { path: { accountId: "a-1" } } })).data);
}
const names = Object.keys(clients);

async function sequential(call, n) {
  const started = performance.now();
  for (let i = 0; i < n; i++) await call();
  return ((performance.now() - started) * 1000) / n;
}

async function concurrent(call, n) {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await call();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ((performance.now() - started) * 1000) / n;
}

async function measure(mode, runOne) {
  for (const name of names) await runOne(clients[name], warmup);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate, and reverse every other round, so no client always runs first or right after the same neighbour.
    const order = names.slice(r % names.length).concat(names.slice(0, r % names.length));
    if (r % 2) order.reverse();
    for (const name of order) samples[name].push(await runOne(clients[name], perRound));
  }
  const result = {};
  for (const name of names) {
    const ratios = samples[name].map((us, i) => us / samples.fetch[i]);
    result[name] = { medianUs: round(median(samples[name]), 1), ratioVsFetch: round(median(ratios), 3), samplesUs: samples[name].map((v) => round(v, 1)) };
  }
  log(mode, Object.entries(result).map(([n, r]) => `${n} ${r.medianUs}µs ×${r.ratioVsFetch}`).join(", "));
  return result;
}

try {
  const seq = await measure("sequential", sequential);
  const conc = await measure(`concurrent(${concurrency})`, concurrent);
  emit({
    requestsPerClient: rounds * perRound,
    rounds,
    baseline: baselineRef || undefined,
    concurrency,
    warmup,
    clientVersions: { axios: axios.VERSION, ky: "1.14.3" },
    sequential: seq,
    concurrent: conc,
  });
} finally {
  server.disconnect();
}
