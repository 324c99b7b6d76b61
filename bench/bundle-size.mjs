// Bytes a browser or edge bundle pays per vendor package: its ESM dist entry with the runtime and openapi-fetch,
// bundled and minified by esbuild, then gzipped. Types cost nothing at run time and are not part of the JS.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { emit, log, vendors } from "./lib.mjs";

const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** `entry` is a file (everything it exports is kept) or `{ contents }`: an app importing only what it names. */
async function measure(label, entry) {
  const out = await build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: import.meta.dirname, loader: "js" } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].contents;
  // Where the minified bytes come from, largest first, so a miss points at its cause.
  const inputs = Object.values(out.metafile.outputs)[0].inputs;
  const top = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, ""), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  const result = { label, minifiedBytes: code.length, gzipBytes: gzipSync(code).length, top };
  log(`${label}: ${result.minifiedBytes} B min, ${result.gzipBytes} B gzip`);
  return result;
}

const factory = (specifier, name) => ({ contents: `import { ${name} } from "${specifier}";\nexport const client = ${name}({ auth: { token: "t" } });\n` });
const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

const results = [];
// The runtime alone: what every vendor package shares.
results.push(await measure("@partnerkit/runtime (all exports)", join(packageDir("@partnerkit/runtime"), "dist/index.js")));
for (const vendor of vendors) {
  const name = `@partnerkit/${vendor}`;
  results.push(await measure(`${name} (all exports)`, join(packageDir(name), "dist/index.js")));
  results.push(await measure(`${name} (create${pascal(vendor)}Client only)`, factory(name, `create${pascal(vendor)}Client`)));
}
// An app that creates a client and calls one operation method (the method surface's budget: table + shared invoker).
results.push(await measure("@partnerkit/tdsynnex-ion (create + one method call)", { contents: `import { createTdsynnexIonClient } from "@partnerkit/tdsynnex-ion";\nexport const call = createTdsynnexIonClient({ auth: { token: "t" } }).listCustomers({ accountId: "a" });\n` }));
results.push(await measure("@partnerkit/afosto (create + one method call)", { contents: `import { createAfostoClient } from "@partnerkit/afosto";\nexport const call = createAfostoClient({ auth: { token: "t" } }).listChannels();\n` }));
// Diagnostic: the same runtime bundled from its sources, so the per-module breakdown shows where its bytes go.
const runtimeSources = await measure("diagnostic: @partnerkit/runtime from src/*.ts", join(packageDir("@partnerkit/runtime"), "src/index.ts"));
results.push(await measure("@partnerkit/afosto/odr (all exports)", join(packageDir("@partnerkit/afosto"), "dist/odr.js")));
results.push(await measure("@partnerkit/afosto/odr (createAfostoOdrClient only)", factory("@partnerkit/afosto/odr", "createAfostoOdrClient")));
emit({ runtimeSources, bundler: "esbuild 0.25.12, --bundle --minify --format=esm --platform=browser, gzip level 6 (node:zlib default)", results });
