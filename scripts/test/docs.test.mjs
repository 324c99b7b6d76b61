// The README's docs command builds one Redoc page per vendor (per service for a vendor split by tag) and an index into
// docs/site; opened from disk in a real headless Chromium with the network off, every page renders every operation of
// its spec (or service) and asks no other host for anything. A screenshot per vendor is kept in docs/site/screenshots/.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "../..");
const site = join(root, "docs", "site");
const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
const readme = await readFile(join(root, "README.md"), "utf8");
// The command exactly as the README's command table gives it.
const command = /^\| `(pnpm [^`]*docs[^`]*)` \|/m.exec(readme)?.[1];
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

async function operations(vendor) {
  const spec = parse(await readFile(join(root, "specs", vendor, "openapi.yaml"), "utf8"));
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({ id: op.operationId, summary: op.summary, method, path, tags: op.tags ?? [] })),
  );
}

/**
 * The Redoc pages of a vendor, each with the operations it must render: `<vendor>.html`, or for a vendor split by tag
 * (x-partnerkit.splitByTag) one `<vendor>-<tag>.html` per tag that has operations, listed by `<vendor>.html`.
 */
async function pagesOf(vendor) {
  const spec = parse(await readFile(join(root, "specs", vendor, "openapi.yaml"), "utf8"));
  const ops = await operations(vendor);
  if (!spec["x-partnerkit"]?.splitByTag) return [{ file: `${vendor}.html`, ops }];
  return (spec.tags ?? [])
    .map((tag) => ({ file: `${vendor}-${tag.name}.html`, ops: ops.filter((op) => op.tags.includes(tag.name)) }))
    .filter((page) => page.ops.length > 0);
}

const pages = Object.fromEntries(await Promise.all(vendors.map(async (vendor) => [vendor, await pagesOf(vendor)])));
const allPages = vendors.flatMap((vendor) => pages[vendor].map((page) => [vendor, page.file]));

let buildOutput = "";
beforeAll(async () => {
  expect(command, "README.md's command table has no docs row").toBeTruthy();
  const [bin, ...args] = command.split(" ");
  const { stdout } = await promisify(execFile)(bin, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  buildOutput = stdout;
}, 600_000);

describe("the README's docs command", () => {
  it("runs the docs script (not a built-in of pnpm) and builds every page and the index", async () => {
    expect(command).not.toBe("pnpm docs"); // pnpm's own `docs` command shadows a script of that name
    for (const vendor of vendors) expect(buildOutput).toContain(`built ${vendor}.html`);
    for (const [, file] of allPages) expect(buildOutput).toContain(`built ${file}`);
    const index = await readFile(join(site, "index.html"), "utf8");
    for (const vendor of vendors) expect(index).toContain(`href="${vendor}.html"`);
  });

  it.each(vendors.filter((vendor) => pages[vendor].some((page) => page.file !== `${vendor}.html`)))(
    "%s: split by tag, its page links one reference per service and loads nothing",
    async (vendor) => {
      const html = await readFile(join(site, `${vendor}.html`), "utf8");
      const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual(pages[vendor].map((page) => page.file));
      expect([...html.matchAll(/<(?:script|link|img|iframe)\b/gi)]).toEqual([]);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self' file: data: blob: 'unsafe-inline' 'unsafe-eval'">/);
    },
  );

  it.each(allPages)("%s: %s loads its renderer from next to it and nothing from another host", async (vendor, file) => {
    const html = await readFile(join(site, file), "utf8");
    const resources = [...html.matchAll(/<(?:script|link|img|iframe|source|embed|object|video|audio)\b[^>]*?\b(?:src|href|data|srcset)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]);
    expect(resources).toContain("redoc.standalone.js");
    expect(resources.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url))).toEqual([]);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join("\n");
    expect(styles.match(/(?:url\(\s*["']?|@import\s+["']?)(?:[a-z]+:)?\/\/[^)"'\s]*/gi) ?? []).toEqual([]);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1].slice(0, 2000)).join("\n");
    expect(scripts.match(/\b(?:import|from)\s*\(?\s*["'](?:[a-z]+:)?\/\/[^"']*/gi) ?? []).toEqual([]);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self' file: data: blob: 'unsafe-inline' 'unsafe-eval'">/);
    expect((await stat(join(site, "redoc.standalone.js"))).size).toBeGreaterThan(100_000);
  });
});

// Chromium: Debian's `chromium` package by default. PARTNERKIT_SKIP_BROWSER=1 skips the check, saying so; without it a
// missing browser fails the suite rather than letting it pass without having looked at a page.
const executablePath = process.env.PARTNERKIT_CHROMIUM || "/usr/bin/chromium";
const skipBrowser = process.env.PARTNERKIT_SKIP_BROWSER === "1";
if (skipBrowser) {
  console.warn(
    `\n*** SKIPPED: the docs render check in Chromium (PARTNERKIT_SKIP_BROWSER=1). Nothing has checked that the pages render. ***\n`,
  );
}

// Pages render in parallel tabs, at most two at a time (two cores; Redoc's rendering is CPU-bound). The viewport is
// tall so that Redoc, which mounts an operation when it scrolls into view, mounts a tag's operations in a few steps
// instead of one per screen; the screenshot is taken at an ordinary size.
const TABS = 2;
const TALL = { width: 1280, height: 8000 };
const SCREEN = { width: 1280, height: 800 };

describe.skipIf(skipBrowser)("docs pages in headless Chromium, network off", () => {
  let context;
  let userDataDir;
  const external = []; // every request for something that is not a local file: { url, page } (page null if unknown)
  let active = 0;
  const waiting = [];
  /** Runs `job` when fewer than TABS pages are open. */
  async function inTab(job) {
    while (active >= TABS) await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}. Install it (Debian: apt-get install -y chromium), or point ` +
          `PARTNERKIT_CHROMIUM at a Chromium binary, or set PARTNERKIT_SKIP_BROWSER=1 to skip the docs render check.`,
      );
    }
    userDataDir = await mkdtemp(join(tmpdir(), "partnerkit-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: TALL,
      timeout: 120_000,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    context.setDefaultTimeout(300_000);
    // Network off: only file:// is served; anything else is recorded, with the page that asked, and aborted as if offline.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      let page = null;
      try {
        page = route.request().frame().page();
      } catch {
        // a request from a worker has no frame: it counts against every page (see `requestsOf`)
      }
      external.push({ url, page });
      return route.abort("internetdisconnected");
    });
    // The pages' own Content-Security-Policy stops requests to other hosts inside the browser; record each it stopped.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await mkdir(join(site, "screenshots"), { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  }, 60_000);

  const requestsOf = (page) => external.filter((e) => e.page === page || e.page === null).map((e) => e.url);

  /**
   * Opens one page from disk and visits every tag until every operation placeholder has mounted. Resolves with the
   * rendered operations (anchor id's last segment → text), the first anchor, and what the page asked of other hosts.
   */
  async function render(file, opCount, screenshot, expect) {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: "load" });
      // A renderer fetched from elsewhere is asked for while the page loads: fail at once rather than wait below.
      expect(requestsOf(page), `${file}: requests for other hosts while loading`).toEqual([]);
      // The prerendered HTML has only the intro; tag sections appear once Redoc has hydrated the page.
      await page.waitForFunction(() => document.querySelector('#api-content [data-section-id]:not([data-section-id="/"])'));
      const tags = await page.$$eval("#api-content [data-section-id]", (nodes) =>
        nodes.map((n) => n.getAttribute("data-section-id")).filter((id) => /^\/[^/]+$/.test(id)),
      );
      expect(tags.length, `${file}: tag sections`).toBeGreaterThan(0);

      // Redoc shows one tag's operations per route and mounts each as it scrolls into view: visit every tag and
      // scroll each placeholder into view until all have mounted (bounded: each mount gets up to 2 minutes).
      const rendered = new Map();
      let firstAnchor;
      for (const tag of tags) {
        await page.evaluate((t) => (location.hash = `#${t}`), tag);
        await page.waitForFunction((t) => document.querySelector(`#api-content [data-section-id^="${t}/"]`), tag);
        const sections = await page.evaluate(
          async ({ tag, limit }) => {
            const sleep = () => new Promise((r) => setTimeout(r, 25));
            const given = new Set();
            for (let step = 0; step < limit; step++) {
              const next = [...document.querySelectorAll(`#api-content [data-section-id^="${tag}/"]:not([id])`)].find((n) => !given.has(n));
              if (!next) break;
              next.scrollIntoView();
              const until = performance.now() + 120_000;
              while (next.isConnected && !next.id && performance.now() < until) await sleep();
              if (next.isConnected && !next.id) given.add(next);
            }
            return [...document.querySelectorAll(`#api-content [data-item-kind][id^="${tag.slice(1)}/"]`)].map((n) => [n.id, n.textContent]);
          },
          { tag, limit: opCount * 2 + 10 },
        );
        firstAnchor ??= sections[0]?.[0];
        for (const [id, text] of sections) rendered.set(id.split("/").pop(), text.replace(/\s+/g, " "));
      }

      // The one request the policy stops: Redoc's sidebar attribution logo, which it hides when it fails to load.
      const violations = await page.evaluate(() => window.__cspViolations);
      const result = { file, rendered, external: requestsOf(page), violations, errors: [...errors] };

      if (screenshot) {
        // The first operation, as a reader who follows its link sees it, at an ordinary window size.
        await page.setViewportSize(SCREEN);
        await page.evaluate((id) => (location.hash = `#/${id}`), firstAnchor);
        await page.waitForFunction((id) => document.getElementById(id)?.innerText.trim(), firstAnchor);
        await page.evaluate((id) => document.getElementById(id).scrollIntoView(), firstAnchor);
        await page.screenshot({ path: join(site, "screenshots", screenshot) });
      }
      return result;
    } finally {
      await page.close();
    }
  }

  it.concurrent.for(vendors)(
    "%s: every operation of the spec is rendered, and no request leaves the page",
    async (vendor, { expect }) => {
      const ops = await operations(vendor);
      expect(ops.length).toBeGreaterThan(0);
      // Redoc anchors an operation at `<tag>/<operationId in lower case>`; ids must stay distinct after folding.
      expect(new Set(ops.map((op) => op.id.toLowerCase())).size).toBe(ops.length);
      // Every operation belongs to exactly one page.
      expect(pages[vendor].flatMap((page) => page.ops.map((op) => op.id)).sort()).toEqual(ops.map((op) => op.id).sort());

      const results = await Promise.all(
        pages[vendor].map((page, i) =>
          inTab(() => render(page.file, page.ops.length, i === 0 ? `${vendor}.png` : undefined, expect)).then((result) => ({ ...result, ops: page.ops })),
        ),
      );
      for (const { file, rendered, ops: expected, external: requests, violations, errors } of results) {
        const missing = expected.filter((op) => !rendered.has(op.id.toLowerCase())).map((op) => op.id);
        expect(missing, `operations of ${vendor} not rendered on ${file}`).toEqual([]);
        // The anchor alone could be an empty shell: the operation's own summary must be in it. (textContent, because
        // Redoc sets content-visibility: auto on sections and innerText leaves out the ones off screen.)
        const withoutSummary = expected
          .filter((op) => !op.summary || !rendered.get(op.id.toLowerCase()).includes(op.summary.replace(/\s+/g, " ").trim()))
          .map((op) => op.id);
        expect(withoutSummary, `operations of ${vendor} rendered without their summary on ${file}`).toEqual([]);
        expect(requests, `${file}: requests for other hosts`).toEqual([]);
        expect(violations.filter((v) => !/^img-src https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg$/.test(v)), file).toEqual([]);
        expect(errors, file).toEqual([]);
      }
    },
    1_800_000,
  );
});
