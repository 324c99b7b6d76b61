#!/usr/bin/env node
// node dts-once.mjs [distDir]: run after tsup in a vendor package (its `build` script).
//
// tsup writes every declaration twice, `.d.ts` for the ESM build and `.d.cts` for the CommonJS one. For a vendor
// split by tag (Afosto) nearly all of it is the schema types, which tsup puts in shared chunks that import nothing:
// the two copies are byte for byte the same. Such a chunk is kept once, as `.d.cts` (a CommonJS declaration file is
// importable from both module systems), and the ESM declarations import it from there. Entry declarations stay per
// format, so each resolves @partnerkit/runtime under its own condition (no dual-package type mismatch).
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const IMPORTS = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']|\bimport\s*\(|\brequire\s*\(/m;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Removes duplicate self-contained `.d.ts` chunks from `dist`; returns the bytes saved. */
export async function dedupeDeclarations(dist, { entries }) {
  const names = await readdir(dist);
  const esm = names.filter((n) => n.endsWith(".d.ts"));
  const entryBases = new Set(entries);
  let saved = 0;
  const moved = [];
  for (const name of esm) {
    const base = name.slice(0, -".d.ts".length);
    if (entryBases.has(base) || !names.includes(`${base}.d.cts`)) continue;
    const [mjs, cjs] = await Promise.all([readFile(join(dist, name), "utf8"), readFile(join(dist, `${base}.d.cts`), "utf8")]);
    // Only chunks that are the same text and import nothing: those mean the same thing in either module system.
    if (mjs !== cjs || IMPORTS.test(mjs)) continue;
    moved.push(base);
    saved += Buffer.byteLength(mjs);
  }
  if (!moved.length) return 0;
  const references = new RegExp(`(from\\s*["']\\./)(${moved.map(escape).join("|")})\\.js(["'])`, "g");
  for (const name of esm) {
    const base = name.slice(0, -".d.ts".length);
    if (moved.includes(base)) continue;
    const text = await readFile(join(dist, name), "utf8");
    const rewritten = text.replace(references, "$1$2.cjs$3");
    if (rewritten !== text) await writeFile(join(dist, name), rewritten);
  }
  await Promise.all(moved.map((base) => rm(join(dist, `${base}.d.ts`))));
  return saved;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? "dist");
  const pkg = JSON.parse(await readFile(resolve(dist, "..", "package.json"), "utf8"));
  // Entry declaration files are the ones package.json points at (exports' types, and `types`).
  const entries = JSON.stringify(pkg.exports ?? {})
    .concat(JSON.stringify(pkg.types ?? ""))
    .match(/\.\/dist\/[^"]+?\.d\.c?ts/g)
    ?.map((p) => p.replace(/^\.\/dist\//, "").replace(/\.d\.c?ts$/, "")) ?? [];
  const saved = await dedupeDeclarations(dist, { entries });
  console.log(`dts-once: ${saved ? `${(saved / 1024).toFixed(0)} kB of ESM declarations now shared with the CommonJS ones` : "nothing to share"}`);
}
