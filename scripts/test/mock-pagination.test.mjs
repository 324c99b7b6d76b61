// The mocks demonstrate pagination: for every vendor, every operation its generated client knows as paginated
// walks several pages through the client's own paginate() and stops by itself, with no Prism violation on any
// page. Vendors and operations come from the config and the built packages' data, so a new vendor is covered
// without editing this file. The mocks run in one `pnpm mock` process (scripts/mock.mjs), as a user starts them.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@partnerkit/runtime";
import { startPrismMock } from "@partnerkit/testkit/prism";
import { sampleRequests } from "@partnerkit/testkit/sample-requests";
import { startMock } from "./run-mock.mjs";

const root = resolve(import.meta.dirname, "../..");
// The mock's default number of pages per list (packages/testkit/src/mock-pagination.js).
const PAGES = 3;
const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

/** The vendor's package (built dist), its client factory and its paginated operations. */
async function vendorPackage(vendor) {
  const pkg = await import(`@partnerkit/${vendor}`);
  const factory = pkg[`create${pascal(vendor)}Client`];
  const paginated = Object.entries(pkg.vendor.operations).filter(([, op]) => op.pagination);
  return { factory, paginated };
}

/** A minimal valid request per operationId, as the client takes it. */
async function sampleInits(vendor) {
  const doc = parse(await readFile(join(root, "specs", vendor, "openapi.yaml"), "utf8"));
  return new Map(
    sampleRequests(doc).map((r) => [
      r.operationId,
      { params: { path: r.pathParams, query: r.query, header: r.headers }, ...(r.contentType?.includes("json") ? { body: r.body } : {}) },
    ]),
  );
}

/** Walks one paginated operation; returns each page's item count, the requests sent and Prism's findings. */
async function walk(factory, baseUrl, operationId, init) {
  const sent = [];
  const violations = [];
  const client = factory({ baseUrl, auth: { token: "mock-token" }, retry: { maxRetries: 0 } });
  client.use({
    onRequest({ request }) {
      sent.push(`${request.method} ${request.url}`);
    },
    onResponse({ response }) {
      const header = response.headers.get("sl-violations");
      if (header) violations.push(...JSON.parse(header));
    },
  });
  const pages = [];
  // maxPages well above what the mock serves: a mock that never ends fails here instead of hanging.
  for await (const page of client.paginate(operationId, init, { maxPages: 10 }).pages()) pages.push(page.items.length);
  return { pages, sent, violations };
}

const expectedPages = (op) => (op.pagination.style === "link" && op.pagination.mode === "cursor" ? 2 : PAGES);

const packages = new Map();
for (const vendor of vendors) {
  const pkg = await vendorPackage(vendor);
  if (pkg.paginated.length) packages.set(vendor, pkg);
}

describe("mock pagination", () => {
  let mock;
  beforeAll(async () => {
    // One `pnpm mock` process for every vendor with a paginated operation, as a user would start it.
    mock = await startMock([...packages.keys()]);
  }, 180_000);
  afterAll(() => mock?.stop());

  it("serves every vendor that has a paginated operation", () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(["tdsynnex-ion", "rezstream", "afosto"]));
    for (const vendor of packages.keys()) expect(mock.urls[vendor]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  for (const [vendor, { factory, paginated }] of packages) {
    it(`${vendor}: every paginated operation (${paginated.length}) walks its pages through paginate() and stops`, async () => {
      const inits = await sampleInits(vendor);
      const baseUrl = mock.urls[vendor];
      const failures = [];
      const check = async ([operationId, op]) => {
        try {
          const { pages, sent, violations } = await walk(factory, baseUrl, operationId, inits.get(operationId));
          const want = expectedPages(op);
          const offOrigin = sent.filter((s) => new URL(s.split(" ")[1]).origin !== baseUrl);
          if (pages.length !== want || pages.some((n) => n === 0) || sent.length !== want || violations.length || offOrigin.length) {
            failures.push({ operationId, pages, requests: sent.length, offOrigin, violations: violations.map((v) => v.message) });
          }
        } catch (error) {
          failures.push({ operationId, error: String(error) });
        }
      };
      // A few walks at a time: the mock is another process, so this uses both cores without flooding it.
      const queue = [...paginated];
      await Promise.all(Array.from({ length: 4 }, async () => {
        while (queue.length) await check(queue.shift());
      }));
      expect(failures).toEqual([]);
    }, 180_000);
  }
});

describe("a vendor the mock host has never seen", () => {
  // Only the spec's x-pagination data drives the mock: an in-process test kit mock of a fixture spec, and a client
  // built by the runtime from the same data (as the generator builds a vendor's), walk every style.
  const specFile = join(import.meta.dirname, "fixtures", "paginated.yaml");
  let mock;
  beforeAll(async () => {
    mock = await startPrismMock(specFile);
  });
  afterAll(() => mock?.close());

  it("walks a page-number, a header-cursor, an offset-Link and a cursor-Link list, each to its end", async () => {
    const doc = parse(await readFile(specFile, "utf8"));
    const operations = {};
    for (const [path, item] of Object.entries(doc.paths)) {
      operations[item.get.operationId] = { method: "get", path, pagination: item.get["x-pagination"] };
    }
    const factory = (options) => createApiClient({ name: "fixture", defaultBaseUrl: doc.servers[0].url, operations }, options);
    const walks = {};
    for (const operationId of Object.keys(operations)) {
      const { pages, sent, violations } = await walk(factory, mock.url, operationId, {});
      walks[operationId] = { pages, requests: sent.length, violations };
    }
    expect(walks).toEqual({
      listByPage: { pages: [2, 2, 2], requests: 3, violations: [] },
      listByHeader: { pages: [1, 1, 1], requests: 3, violations: [] },
      listByOffset: { pages: [1, 1, 1], requests: 3, violations: [] },
      listByCursor: { pages: [1, 1], requests: 2, violations: [] },
    });
  });

  it("startPrismMock's pages option sets how many pages a list has; anything but a positive integer is refused", async () => {
    const five = await startPrismMock(specFile, { pages: 5 });
    try {
      const doc = parse(await readFile(specFile, "utf8"));
      const operations = { listByOffset: { method: "get", path: "/offset", pagination: doc.paths["/offset"].get["x-pagination"] } };
      const factory = (options) => createApiClient({ name: "fixture", defaultBaseUrl: doc.servers[0].url, operations }, options);
      expect((await walk(factory, five.url, "listByOffset", {})).pages).toEqual([1, 1, 1, 1, 1]);
    } finally {
      await five.close();
    }
    await expect(startPrismMock(specFile, { pages: 0 })).rejects.toThrow(TypeError);
    await expect(startPrismMock(specFile, { pages: 1.5 })).rejects.toThrow(/pages must be a positive integer/);
  });
});
