#!/usr/bin/env node
// node scripts/spec-diff/cli.mjs [--vendor v]... [--base <git-rev>] [--write | --check] [--json] [--root DIR]
// Compares each vendor's spec with its version at the last release (see baseline.mjs), prints the changes
// and the semver bump they need. --write keeps `.changeset/<vendor>-spec-<hash>.md` in step; --check exits
// with 1 when that file is missing or out of date (for CI).
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { classify, bumpOf } from "./classify.mjs";
import { findBaseline, readAt, existsAt } from "./baseline.mjs";
import { planChangeset, renderChangeset, writeChangeset, subjectOf } from "./changeset.mjs";

const { values } = parseArgs({
  options: {
    vendor: { type: "string", multiple: true, default: [] },
    base: { type: "string" },
    write: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    root: { type: "string", default: resolve(import.meta.dirname, "../..") },
  },
});
const root = resolve(values.root);

function parseSpec(text, where) {
  try {
    return parse(text, { maxAliasCount: 10_000 });
  } catch (error) {
    throw new Error(`${where}: ${error.message.split("\n")[0]}`);
  }
}

/** Changes between the baseline and the working tree for one vendor. */
async function diffVendor(root, vendor, base) {
  const path = `specs/${vendor}/openapi.yaml`;
  const baseline = findBaseline(root, vendor, base);
  const afterText = await readFile(join(root, path), "utf8");
  const beforeText = readAt(root, baseline.rev, path);
  // Byte-identical specs have nothing to classify; skipping the parse keeps `pnpm generate` fast (Afosto's spec is 30k lines).
  if (beforeText === afterText) return { baseline, changes: [] };
  const after = parseSpec(afterText, path);
  if (beforeText === undefined) {
    // A vendor without a released spec: one entry instead of listing every operation as added.
    const count = Object.values(after.paths ?? {}).reduce((n, item) => n + Object.keys(item ?? {}).filter((k) => /^(get|put|post|delete|patch|head|options|trace)$/.test(k)).length, 0);
    return { baseline, changes: [{ kind: "minor", code: "spec-added", location: "#", message: `first version of the spec (${count} operations)` }] };
  }
  return { baseline, changes: classify(parseSpec(beforeText, `${baseline.label}:${path}`), after) };
}

async function main() {
  const { vendors: configured } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
  const unknown = values.vendor.filter((v) => !configured.includes(v));
  if (unknown.length) throw new Error(`not in partnerkit.config.json: ${unknown.join(", ")}`);
  const vendors = values.vendor.length ? values.vendor : configured;
  if (values.write && values.check) throw new Error("--write and --check exclude each other");
  const report = [];
  let outdated = false;
  for (const vendor of vendors) {
    const { baseline, changes } = await diffVendor(root, vendor, values.base);
    const entry = { vendor, baseline: baseline.label, bump: bumpOf(changes), changes };
    const content = renderChangeset(vendor, changes);
    const keep = (file) => existsAt(root, baseline.rev, `.changeset/${file}`);
    if (values.write) Object.assign(entry, await writeChangeset(root, vendor, content, keep));
    if (values.check) {
      const plan = await planChangeset(root, vendor, content, keep);
      entry.outdated = plan.write || plan.stale.length > 0;
      outdated ||= entry.outdated;
    }
    report.push(entry);
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    for (const { vendor, baseline, bump, changes, written, removed = [], outdated: stale } of report) {
      console.log(`${vendor}: ${bump ?? "no change"} (compared with ${baseline})`);
      for (const c of changes) console.log(`  ${c.kind.padEnd(5)} ${subjectOf(c)}: ${c.message}`);
      if (written) console.log(`  wrote .changeset/${written}`);
      for (const file of removed) console.log(`  removed stale .changeset/${file}`);
      if (stale) console.log("  the spec-diff changeset is missing or out of date: run `node scripts/spec-diff/cli.mjs --write`");
    }
  }
  return outdated ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`spec-diff: ${error.message}`);
    process.exitCode = 2;
  },
);
