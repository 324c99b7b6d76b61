#!/usr/bin/env node
// pnpm generate [--check] [--no-spec-diff] [--root DIR] [vendor...]
// Regenerates every vendor package listed in partnerkit.config.json from specs/<vendor>/openapi.yaml.
// All specs are checked and rendered before anything is written: one broken spec stops the run
// with its file and line and leaves every package byte-identical.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve, relative } from "node:path";
import { parseArgs } from "node:util";
import { loadSpec, SpecError } from "./lib/spec-file.mjs";
import { checkSpec } from "./lib/check-spec.mjs";
import { renderPackage } from "./lib/render.mjs";
import { changedFiles, readOrNull, uncommittedFiles, writeFiles } from "./lib/outputs.mjs";
import { generatorFingerprint, hash, loadStamp, outputsIntact, saveStamp } from "./lib/stamp.mjs";

/**
 * After the packages, the release notes: scripts/spec-diff compares each spec with its last release and
 * writes (or, with --check, verifies) the changeset that picks the semver bump.
 */
function specDiff(vendors, check) {
  const cli = join(import.meta.dirname, "spec-diff", "cli.mjs");
  const args = [cli, check ? "--check" : "--write", "--root", root, ...vendors.flatMap((v) => ["--vendor", v])];
  try {
    execFileSync(process.execPath, args, { stdio: "inherit" });
    return 0;
  } catch (error) {
    return error.status ?? 1;
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    check: { type: "boolean", default: false },
    // --no-spec-diff: skip the changeset step (the generator's own tests run on temporary trees without git).
    "spec-diff": { type: "boolean", default: true },
    root: { type: "string", default: resolve(import.meta.dirname, "..") },
  },
});
const root = resolve(values.root);

async function main() {
  const { vendors: configured } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
  const unknown = positionals.filter((v) => !configured.includes(v));
  if (unknown.length) throw new Error(`not in partnerkit.config.json: ${unknown.join(", ")}`);
  const vendors = positionals.length ? positionals : configured;
  const stamp = await loadStamp(root);
  const generator = await generatorFingerprint();
  const inputsOf = async (name) =>
    hash(
      generator,
      await readFile(join(root, "specs", name, "openapi.yaml"), "utf8"),
      await readOrNull(join(root, "specs", name, "guide.md")),
      await readOrNull(join(root, "packages", name, "package.json")),
      String(existsSync(join(root, "packages", name, "src", "extras", "index.ts"))),
    );

  const files = new Map(); // rendered in this run
  const rendered = new Map(); // vendor -> its rendered files
  const unchanged = []; // outputs of vendors whose inputs and outputs match the last run's stamp
  for (const name of vendors) {
    const previous = stamp[name];
    if (previous?.inputs === (await inputsOf(name)) && (await outputsIntact(previous.outputs))) {
      unchanged.push(...Object.keys(previous.outputs));
      continue;
    }
    const spec = await loadSpec(join(root, "specs", name, "openapi.yaml"));
    checkSpec(spec);
    const packageDir = join(root, "packages", name);
    const existingPackageJson = JSON.parse((await readOrNull(join(packageDir, "package.json"))) ?? "{}");
    const hasExtras = existsSync(join(packageDir, "src", "extras", "index.ts"));
    const guide = (await readOrNull(join(root, "specs", name, "guide.md"))) ?? undefined;
    const own = [];
    for (const [path, content] of await renderPackage(name, spec.value, { existingPackageJson, hasExtras, guide })) {
      files.set(join(packageDir, path), content);
      own.push(join(packageDir, path));
    }
    rendered.set(name, own);
  }
  const changed = await changedFiles(files);
  const total = files.size + unchanged.length;
  const rel = (f) => relative(root, f);
  if (values.check) {
    const uncommitted = uncommittedFiles(root, [...files.keys(), ...unchanged].map(rel));
    if (changed.length || uncommitted.length) {
      if (changed.length) console.error(`stale generated files (run \`pnpm generate\`):\n  ${changed.map(rel).join("\n  ")}`);
      if (uncommitted.length) console.error(`generated files differ from the committed ones (commit them):\n  ${uncommitted.join("\n  ")}`);
      return 1;
    }
    console.log(`generated files are up to date (${total} files, ${vendors.length} vendors)`);
    return values["spec-diff"] ? specDiff(vendors, true) : 0;
  }
  await writeFiles(files, changed);
  for (const [name, own] of rendered) {
    stamp[name] = { inputs: await inputsOf(name), outputs: Object.fromEntries(own.map((f) => [f, hash(files.get(f))])) };
  }
  await saveStamp(root, stamp);
  console.log(`generated ${vendors.length} vendors: ${changed.length} of ${total} files changed (${rendered.size} rendered)`);
  for (const file of changed) console.log(`  wrote ${rel(file)}`);
  return values["spec-diff"] ? specDiff(vendors, false) : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof SpecError ? `generate: ${error.message}` : error);
    process.exitCode = 2;
  },
);
