#!/usr/bin/env node
// pnpm docs:build [--out DIR]: one Redocly HTML reference per vendor spec, and an index page linking them.
// (Not `pnpm docs`: pnpm has a built-in `docs` command that wins over a script of that name.)
//
// A vendor split by tag (x-partnerkit.splitByTag, Afosto) gets one reference per service, `<vendor>-<tag>.html`, built
// from the same sub-document its `@partnerkit/<vendor>/<tag>` entry point is generated from, and `<vendor>.html` lists
// them. Why: Redoc 3 does work per mounted operation over the whole page, so one 544-operation page took minutes to
// open in a browser; twelve service pages take seconds, and a reader of one service loads only that service.
//
// The pages work offline and from file://. `redocly build-docs` prerenders the intro and leaves the operations to Redoc,
// which it imports as an ES module from cdn.redocly.com; offline that import fails and the page never shows an
// operation. So the renderer the CLI ships (the same Redoc build it would inline with --inlineBundle) is written once
// next to the pages as a classic script and each page loads it relatively. Classic, not a module: browsers refuse
// module scripts from file:// URLs, and opening docs/site/index.html from disk must work. A Content-Security-Policy
// in every page lets it load nothing from another host (Redoc's sidebar would fetch its logo from cdn.redoc.ly).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { transform } from "esbuild";
import { parse } from "yaml";
import { subDocument, tagsOf } from "./lib/split-by-tag.mjs";

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

/** Runs the jobs at most `concurrency` at a time (each `redocly build-docs` is a Node process on a 2-core machine). */
async function bounded(jobs, concurrency) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return results;
}

/** Builds one Redoc page from a spec file and points it at the local renderer; returns the Redoc version it was made for. */
async function buildPage(spec, output) {
  await run(process.execPath, [redocly, "build-docs", spec, "--output", output], {
    cwd: root, // redocly.yaml at the root configures every page, also those built from a sub-document in a temp dir
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const html = await readFile(output, "utf8");
  const version = CDN.exec(html)?.[1];
  if (!version) throw new Error(`${output}: redocly build-docs no longer loads Redoc from its CDN; update scripts/docs.mjs`);
  await writeFile(output, localise(html, output));
  return version;
}

/** A plain page of links, with the same policy as the references: nothing from another host. */
function listPage(title, items) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${escape(title)}</title></head>
  <body>
  <h1>${escape(title)}</h1>
  <ul>
${items.map(({ href, text, note }) => `    <li><a href="${escape(href)}">${escape(text)}</a> <small>${escape(note)}</small></li>`).join("\n")}
  </ul>
  </body>
</html>
`;
}

const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
await mkdir(values.out, { recursive: true });
const scratch = await mkdtemp(join(tmpdir(), "partnerkit-docs-"));
try {
  const jobs = []; // one per Redoc page, run with bounded concurrency below
  const vendorPages = [];
  for (const vendor of vendors) {
    const spec = join(root, "specs", vendor, "openapi.yaml");
    const openapi = parse(await readFile(spec, "utf8"));
    const { info } = openapi;
    vendorPages.push({ vendor, info });
    if (!openapi["x-partnerkit"]?.splitByTag) {
      jobs.push(async () => {
        const version = await buildPage(spec, join(values.out, `${vendor}.html`));
        console.log(`built ${vendor}.html`);
        return version;
      });
      continue;
    }
    const services = tagsOf(openapi).filter((tag) => Object.keys(subDocument(openapi, tag).paths).length > 0);
    for (const tag of services) {
      jobs.push(async () => {
        const description = openapi.tags.find((t) => t.name === tag)?.description;
        const sub = { ...subDocument(openapi, tag), info: { ...info, title: `${info.title}: ${tag}`, description: description ?? info.description } };
        const file = join(scratch, `${vendor}-${tag}.json`);
        await writeFile(file, JSON.stringify(sub));
        const version = await buildPage(file, join(values.out, `${vendor}-${tag}.html`));
        console.log(`built ${vendor}-${tag}.html`);
        return version;
      });
    }
    await writeFile(
      join(values.out, `${vendor}.html`),
      listPage(
        `${info.title} v${info.version}: one reference per service`,
        services.map((tag) => ({
          href: `${vendor}-${tag}.html`,
          text: tag,
          note: `${openapi.tags.find((t) => t.name === tag)?.description ?? ""} · @partnerkit/${vendor}/${tag}`,
        })),
      ),
    );
    console.log(`built ${vendor}.html (${services.length} service pages)`);
  }
  const versions = new Set(await bounded(jobs, 3));
  if (versions.size !== 1) throw new Error(`pages prerendered for different Redoc versions: ${[...versions].join(", ")}`);
  const [version] = versions;
  await writeFile(join(values.out, RENDERER), await renderer(version));
  console.log(`wrote ${RENDERER} (Redoc ${version})`);

  await writeFile(
    join(values.out, "index.html"),
    listPage(
      "partnerkit API references",
      vendorPages.map(({ vendor, info }) => ({ href: `${vendor}.html`, text: info.title, note: `v${info.version} · @partnerkit/${vendor}` })),
    ),
  );
  console.log(`wrote ${join(values.out, "index.html")}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
