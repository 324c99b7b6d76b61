#!/usr/bin/env node
// pnpm generate [--check] [--no-spec-diff] [--root DIR] [vendor...]
// Regenerates every vendor package listed in partnerkit.config.json from specs/<vendor>/openapi.yaml.
// All specs are checked and rendered before anything is written: one broken spec (or config) stops the run
// with its file and line and leaves every package byte-identical.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSpec, readConfig, SpecError } from "./lib/spec-file.mjs";
import { checkOperationNames, checkSpec } from "./lib/check-spec.mjs";
import { CLIENT_MEMBERS, TYPE_SUFFIXES, typeBase } from "./lib/methods.mjs";
import { renderPackage } from "./lib/render.mjs";
import { CheckoutError, changedFiles, readOrNull, uncommittedFiles, writeFiles } from "./lib/outputs.mjs";
import { generatorFingerprint, hash, loadStamp, outputsIntact, saveStamp } from "./lib/stamp.mjs";

/**
 * After the packages, the release notes: scripts/spec-diff compares each spec with its last release and
 * writes (or, with --check, verifies) the changeset that picks the semver bump.
 */
function specDiff(root, vendors, check) {
  const cli = join(import.meta.dirname, "spec-diff", "cli.mjs");
  const args = [cli, check ? "--check" : "--write", "--root", root, ...vendors.flatMap((v) => ["--vendor", v])];
  try {
    execFileSync(process.execPath, args, { stdio: "inherit" });
    return 0;
  } catch (error) {
    return error.status ?? 1;
  }
}

/**
 * The generator as a function (the CLI below is a thin wrapper; tests call this in-process).
 * Returns the exit code: 0 done or up to date, 1 --check found stale or uncommitted files, 2 a broken
 * spec, config or checkout (reported with its file and line through `error`).
 */
export async function generate({
  root = resolve(import.meta.dirname, ".."),
  check = false,
  specDiff: runSpecDiff = true,
  vendors: requested = [],
  log = console.log,
  error = console.error,
} = {}) {
  root = resolve(root);
  try {
    return await run();
  } catch (problem) {
    if (!(problem instanceof SpecError || problem instanceof CheckoutError)) throw problem;
    error(`generate: ${problem.message}`);
    return 2;
  }

  async function run() {
    const config = await readConfig(root);
    const unknown = requested.filter((v) => !config.vendors.includes(v));
    if (unknown.length) throw config.errorAt(["vendors"], `not in partnerkit.config.json: ${unknown.join(", ")}`);
    const vendors = requested.length ? requested : config.vendors;
    const specFile = (name) => join(root, "specs", name, "openapi.yaml");
    for (const name of vendors) {
      if (!existsSync(specFile(name))) {
        throw config.errorAt(["vendors", config.vendors.indexOf(name)], `vendor "${name}" has no spec: ${relative(root, specFile(name))} does not exist`);
      }
    }
    // --check always renders: it must compare the files on disk with what the specs say now, whatever a
    // stamp (possibly copied from another checkout) claims.
    const stamp = check ? {} : await loadStamp(root);
    const generator = await generatorFingerprint();
    const inputsOf = async (name) =>
      hash(
        generator,
        await readFile(specFile(name), "utf8"),
        await readOrNull(join(root, "specs", name, "guide.md")),
        await readOrNull(join(root, "packages", name, "package.json")),
        String(existsSync(join(root, "packages", name, "src", "extras", "index.ts"))),
      );

    const files = new Map(); // rendered in this run
    const rendered = new Map(); // vendor -> its rendered files
    const unchanged = []; // outputs of vendors whose inputs and outputs match the last run's stamp
    for (const name of vendors) {
      const previous = stamp[name];
      if (previous?.inputs === (await inputsOf(name)) && (await outputsIntact(root, previous.outputs))) {
        unchanged.push(...Object.keys(previous.outputs).map((f) => join(root, f)));
        continue;
      }
      const spec = await loadSpec(specFile(name));
      checkSpec(spec);
      checkOperationNames(spec, { clientMembers: CLIENT_MEMBERS, typeSuffixes: TYPE_SUFFIXES, typeBase });
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
    if (check) {
      const uncommitted = uncommittedFiles(root, [...files.keys(), ...unchanged].map(rel));
      if (uncommitted === null) log("not a git checkout: generated files compared with a fresh render only");
      if (changed.length || uncommitted?.length) {
        if (changed.length) error(`stale generated files (run \`pnpm generate\`):\n  ${changed.map(rel).join("\n  ")}`);
        if (uncommitted?.length) error(`generated files differ from the committed ones (commit them):\n  ${uncommitted.join("\n  ")}`);
        return 1;
      }
      log(`generated files are up to date (${total} files, ${vendors.length} vendors)`);
      return runSpecDiff ? specDiff(root, vendors, true) : 0;
    }
    await writeFiles(files, changed);
    for (const [name, own] of rendered) {
      // Keys relative to the root, so a stamp copied along with a checkout never vouches for another tree.
      stamp[name] = { inputs: await inputsOf(name), outputs: Object.fromEntries(own.map((f) => [rel(f), hash(files.get(f))])) };
    }
    await saveStamp(root, stamp);
    log(`generated ${vendors.length} vendors: ${changed.length} of ${total} files changed (${rendered.size} rendered)`);
    for (const file of changed) log(`  wrote ${rel(file)}`);
    return runSpecDiff ? specDiff(root, vendors, false) : 0;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      check: { type: "boolean", default: false },
      // --no-spec-diff: skip the changeset step (the generator's own tests run on temporary trees without git).
      "spec-diff": { type: "boolean", default: true },
      root: { type: "string" },
    },
  });
  process.exitCode = await generate({ root: values.root, check: values.check, specDiff: values["spec-diff"], vendors: positionals });
}
