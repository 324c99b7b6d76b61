#!/usr/bin/env node
// pnpm mock [vendor...]: serves Prism mocks of the given vendors' specs (all vendors when none is
// named) on free ports of 127.0.0.1, prints where, and runs until interrupted.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startPrismMock } from "@partnerkit/testkit/prism";

const root = resolve(import.meta.dirname, "..");
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    // A stateful @partnerkit/sandbox per vendor instead of a Prism mock (needs `pnpm build`; loopback only).
    stateful: { type: "boolean", default: false },
  },
});
const { vendors: known } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
const unknown = positionals.filter((v) => !known.includes(v));
if (unknown.length) {
  console.error(`unknown vendor ${unknown.join(", ")}; known: ${known.join(", ")}`);
  process.exit(2);
}
const vendors = positionals.length ? positionals : known;
// One fixed --port only makes sense for one vendor; several share the host and take free ports.
if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) {
  console.error(`--port must be a port number (0-65535; 0 picks a free one), got ${JSON.stringify(values.port)}`);
  process.exit(2);
}
const port = vendors.length === 1 ? Number(values.port) : 0;

if (values.stateful && values.host !== "127.0.0.1") {
  console.error("--stateful serves on 127.0.0.1 only (the sandbox holds test credentials); drop --host");
  process.exit(2);
}

const mocks = [];
for (const vendor of vendors) {
  if (values.stateful) {
    const { startSandbox } = await import("@partnerkit/sandbox");
    mocks.push({ vendor, ...(await startSandbox(vendor, { port })) });
  } else {
    mocks.push({ vendor, ...(await startPrismMock(join(root, "specs", vendor, "openapi.yaml"), { host: values.host, port, logLevel: "warn" })) });
  }
}
// A sandbox's credentials are made-up test values, printed so a client can be pointed at it.
for (const m of mocks) if (m.credentials) console.log(`${m.vendor} credentials: ${JSON.stringify(m.credentials)}${m.tokenUrl ? ` (token endpoint ${m.tokenUrl})` : ""}`);
if (mocks.length === 1) console.log(`${mocks[0].vendor}: ${mocks[0].url}`);
else console.table(Object.fromEntries(mocks.map((m) => [m.vendor, { url: m.url, "ready (ms)": Math.round(m.startupMs) }])));
console.log("Press Ctrl+C to stop.");

const stop = async () => {
  await Promise.all(mocks.map((m) => m.close()));
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
