#!/usr/bin/env node
// pnpm docs:build [--out DIR]: one Redocly HTML reference per vendor spec, and an index page linking them.
// (Not `pnpm docs`: pnpm has a built-in `docs` command that wins over a script of that name.)
//
// The pages work offline and from file://. `redocly build-docs` prerenders the intro and leaves the operations to Redoc,
// which it imports as an ES module from cdn.redocly.com; offline that import fails and the page never shows an
// operation. So the renderer the CLI ships (the same Redoc build it would inline with --inlineBundle) is written once
// next to the pages as a classic script and each page loads it relatively. Classic, not a module: browsers refuse
// module scripts from file:// URLs, and opening docs/site/index.html from disk must work. A Content-Security-Policy
// in every page lets it load nothing from another host (Redoc's sidebar would fetch its logo from cdn.redoc.ly).
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { transform } from "esbuild";
import { parse } from "yaml";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const redocly = require.resolve("@redocly/cli/bin/cli.js");
const { values } = parseArgs({ options: { out: { type: "string", default: join(root, "docs", "site") } } });
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const RENDERER = "redoc.standalone.js";
const GLOBAL = "PartnerkitRedoc";
const CDN = /https:\/\/cdn\.redocly\.com\/redoc\/v([\d.]+)\/bundles\/redoc\.standalone\.js/;
// Only the page's own directory (or server), inline code and data/blob URLs. 'unsafe-eval' because Redoc builds its
// search worker with Function(); the policy is here to keep every request local, not to sandbox our own pages.
const CSP = "default-src 'self' file: data: blob: 'unsafe-inline' 'unsafe-eval'";

/** Replaces exactly one occurrence of `pattern`, or says which part of Redocly's output changed. */
function replaceOnce(html, pattern, replacement, what, file) {
  const count = html.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (count !== 1) {
    throw new Error(`${file}: expected exactly one ${what} in the output of redocly build-docs, found ${count}; its template changed, update scripts/docs.mjs`);
  }
  return html.replace(pattern, replacement);
}

/** Points a page built by `redocly build-docs` at the local renderer and forbids every other host. */
function localise(html, file) {
  html = replaceOnce(
    html,
    /<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com\/[^"]+" integrity="[^"]+" crossorigin="anonymous" \/>/,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n  <script src="${RENDERER}"></script>`,
    "modulepreload of the CDN renderer",
    file,
  );
  return replaceOnce(
    html,
    /import \{ hydrate \} from "https:\/\/cdn\.redocly\.com\/[^"]+";/,
    `const { hydrate } = window.${GLOBAL};`,
    "import of the CDN renderer",
    file,
  );
}

/** The Redoc bundle inside @redocly/cli, as a classic script defining window.PartnerkitRedoc. */
async function renderer(expectedVersion) {
  const file = join(dirname(require.resolve("@redocly/cli/package.json")), "lib", "chunks", RENDERER);
  const source = await readFile(file, "utf8").catch((error) => {
    throw new Error(`cannot read Redoc's bundle at ${file} (did @redocly/cli move it?): ${error.message}`);
  });
  // The page was prerendered by this Redoc version; hydrating it with another one would not match.
  const version = /Version: ([\d.]+)/.exec(source.slice(0, 500))?.[1];
  if (version !== expectedVersion) {
    throw new Error(`${file} is Redoc ${version ?? "of unknown version"}, but the pages were prerendered for Redoc ${expectedVersion}`);
  }
  // The bundle ends in `export { … }` and names import.meta in a Node-only branch: both are syntax errors in a
  // classic script. esbuild rewrites it as an IIFE assigning the exports to one global.
  const { code } = await transform(source, {
    format: "iife",
    globalName: GLOBAL,
    minifyWhitespace: true,
    legalComments: "inline",
    logLevel: "error",
  });
  return code;
}

const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
await mkdir(values.out, { recursive: true });
const pages = await Promise.all(
  vendors.map(async (vendor) => {
    const spec = join(root, "specs", vendor, "openapi.yaml");
    const { info } = parse(await readFile(spec, "utf8"));
    const output = join(values.out, `${vendor}.html`);
    await run(process.execPath, [redocly, "build-docs", spec, "--output", output], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const html = await readFile(output, "utf8");
    const version = CDN.exec(html)?.[1];
    if (!version) throw new Error(`${output}: redocly build-docs no longer loads Redoc from its CDN; update scripts/docs.mjs`);
    await writeFile(output, localise(html, output));
    console.log(`built ${vendor}.html`);
    return { vendor, info, version };
  }),
);
const versions = new Set(pages.map((page) => page.version));
if (versions.size !== 1) throw new Error(`pages prerendered for different Redoc versions: ${[...versions].join(", ")}`);
await writeFile(join(values.out, RENDERER), await renderer(pages[0].version));
console.log(`wrote ${RENDERER} (Redoc ${pages[0].version})`);

const entries = pages.map(
  ({ vendor, info }) =>
    `    <li><a href="${vendor}.html">${escape(info.title)}</a> <small>v${escape(info.version)} · @partnerkit/${vendor}</small></li>`,
);
await writeFile(
  join(values.out, "index.html"),
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>partnerkit API references</title></head>
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
