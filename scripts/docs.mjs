#!/usr/bin/env node
// pnpm docs [--out DIR]: one Redocly HTML reference per vendor spec, and an index page linking them.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { parse } from "yaml";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const { values } = parseArgs({ options: { out: { type: "string", default: join(root, "docs", "site") } } });
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
await mkdir(values.out, { recursive: true });
const entries = [];
for (const vendor of vendors) {
  const spec = join(root, "specs", vendor, "openapi.yaml");
  const { info } = parse(await readFile(spec, "utf8"));
  await run(process.execPath, [redocly, "build-docs", spec, "--output", join(values.out, `${vendor}.html`)], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    maxBuffer: 64 * 1024 * 1024,
  });
  entries.push(`    <li><a href="${vendor}.html">${escape(info.title)}</a> <small>v${escape(info.version)} · @partnerkit/${vendor}</small></li>`);
  console.log(`built ${vendor}.html`);
}
await writeFile(
  join(values.out, "index.html"),
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>partnerkit API references</title></head>
  <body>
  <h1>partnerkit API references</h1>
  <ul>
${entries.join("\n")}
  </ul>
  </body>
</html>
`,
);
console.log(`wrote ${join(values.out, "index.html")}`);
