// client.paginate over rezStream's Link-header pagination, across several pages of a local server that serves
// real Link headers (Prism's examples point at cloudapi.rezstream.com, so against Prism a walk ends after one page).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PaginationError, createRezstreamClient } from "../src/index.js";
import { type FakeRezstream, startFakeRezstream, uuid } from "./fake-rezstream.js";
import { sendJson, startServer } from "./helpers.js";

let api: FakeRezstream;
beforeAll(async () => {
  api = await startFakeRezstream({ byDateCount: 7, updatedCount: 5 });
});
afterAll(() => api.close());
afterEach(() => {
  api.requests.length = 0;
});

const from = "2020-01-01T00:00:00Z";
const newClient = () =>
  createRezstreamClient({ baseUrl: api.origin, auth: { token: "local-token" }, apiVersion: "2025-09-22", tenantId: "tenant-a", retry: { maxRetries: 0 } });

describe("offset pagination (skip/limit)", () => {
  it("follows rel=next across every page, ignoring prev/first/last, with credentials and options on each request", async () => {
    const client = newClient();
    const pages: string[][] = [];
    for await (const page of client.paginate("/reservations/byDate", { params: { query: { from: "2023-01-01", to: "2024-01-01", limit: 3 } } }).pages()) {
      pages.push(page.items.map((r) => r.id));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(new Set(pages.flat()).size).toBe(7);
    expect(api.requests.map((r) => new URL(r.url, api.origin).searchParams.get("skip"))).toEqual([null, "3", "6"]);
    for (const request of api.requests) {
      expect(request.headers).toMatchObject({
        authorization: "Bearer local-token",
        "x-rezstream-api-version": "2025-09-22",
        "x-rezstream-tenant-id": "tenant-a",
      });
    }
  });

  it("walks /availability/blocks/byDate the same way, by operationId", async () => {
    const blocks = await newClient().paginate("listBlocksByDate", { params: { query: { from: "2025-09-01", to: "2025-09-30", limit: 4 } } }).toArray();
    expect(blocks).toHaveLength(7);
    expect(api.requests).toHaveLength(2);
  });

  it("a caller limit stops mid-page without fetching further pages", async () => {
    const client = newClient();
    const items = await client.paginate("/reservations/byDate", { params: { query: { from: "2023-01-01", to: "2024-01-01", limit: 3 } } }, { limit: 4 }).toArray();
    expect(items).toHaveLength(4);
    expect(api.requests).toHaveLength(2);
  });
});

describe("cursor pagination (afterAt/afterId) on /reservations/updated", () => {
  it("sends the next link's percent-encoded cursor back unchanged", async () => {
    const ids = (await newClient().paginate("/reservations/updated", { params: { query: { from, limit: 2 } } }).toArray()).map((r) => r.id);
    expect(ids).toEqual([1, 2, 3, 4, 5].map(uuid));
    expect(api.requests).toHaveLength(3);
    const second = api.requests[1]!.url;
    expect(second).toMatch(/afterAt=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\d\.\d+Z/);
    expect(second).toContain(`afterId=${uuid(2)}`);
    expect(second).toContain("from=2020-01-01T00%3A00%3A00Z");
  });

  it("a record updated during the walk reappears later and none is skipped", async () => {
    const seen: { id: string; updatedAt?: string }[] = [];
    let pageNo = 0;
    for await (const page of newClient().paginate("/reservations/updated", { params: { query: { from, limit: 2 } } }).pages()) {
      seen.push(...page.items);
      // After the first page: one record already seen and one not yet seen are updated by someone else.
      if (++pageNo === 1) {
        api.touch(uuid(1));
        api.touch(uuid(4));
      }
    }
    const ids = seen.map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set([1, 2, 3, 4, 5].map(uuid)));
    expect(ids.filter((id) => id === uuid(1))).toHaveLength(2);
    expect(ids.filter((id) => id === uuid(4))).toHaveLength(1);
    // The second copy of record 1 carries its newer update time, after everything before it.
    const updates = seen.map((r) => Date.parse(r.updatedAt!));
    expect(updates).toEqual([...updates].sort((a, b) => a - b));
  });
});

describe("resuming a poll from the stored position (Paginator.resumeFrom)", () => {
  async function run(resumeFrom: string | undefined) {
    // A fresh client per run: the stored position is all that survives between runs.
    const paginator = newClient().paginate("/reservations/updated", { params: { query: { from, limit: 2 } } }, resumeFrom ? { from: resumeFrom } : {});
    const ids: string[] = [];
    let lastPage: string[] = [];
    for await (const page of paginator.pages()) {
      lastPage = page.items.map((r) => r.id);
      ids.push(...lastPage);
    }
    const stored = JSON.parse(JSON.stringify(paginator.resumeFrom)) as unknown;
    expect(typeof stored).toBe("string");
    return { ids, lastPage, stored: stored as string };
  }

  it("loses nothing between runs when the last page has no next link (at-least-once: the last page is read again)", async () => {
    api.lastPageNext = false;
    const first = await run(undefined);
    expect(new URL(first.stored).origin).toBe(api.origin);
    api.touch(uuid(2));
    api.touch(uuid(9));
    const second = await run(first.stored);
    expect(second.ids).toContain(uuid(2));
    expect(second.ids).toContain(uuid(9));
    // Only records of the first run's last page may come again; nothing is missing.
    const repeated = second.ids.filter((id) => id !== uuid(2) && id !== uuid(9));
    expect(repeated.length).toBeGreaterThan(0);
    for (const id of repeated) expect(first.lastPage).toContain(id);
  });

  it("resumes exactly after the last record when the server keeps a next link on the last page", async () => {
    api.lastPageNext = true;
    try {
      const first = await run(undefined);
      expect(api.requests.at(-1)!.url).toContain("afterId=");
      api.touch(uuid(3));
      const second = await run(first.stored);
      expect(second.ids).toEqual([uuid(3)]);
      const third = await run(second.stored);
      expect(third.ids).toEqual([]);
    } finally {
      api.lastPageNext = false;
    }
  });

  it("a run cut short by a caller limit resumes at the page it stopped in", async () => {
    const all = (await newClient().paginate("/reservations/updated", { params: { query: { from, limit: 2 } } }).toArray()).map((r) => r.id);
    const cut = newClient().paginate("/reservations/updated", { params: { query: { from, limit: 2 } } }, { limit: 3 });
    const first = { ids: [] as string[], stored: "" };
    for await (const r of cut) first.ids.push(r.id);
    first.stored = String(cut.resumeFrom);
    expect(first.ids).toEqual(all.slice(0, 3));
    const second = await run(first.stored);
    // The cut page is read again: record 3 comes twice, records 4.. are not lost.
    expect([...first.ids, ...second.ids.filter((id) => !first.ids.includes(id))]).toEqual(all);
  });
});

describe("a next link on another origin", () => {
  it("is refused with PaginationError; the other origin never receives a request", async () => {
    const elsewhere = await startServer((_req, res) => sendJson(res, 200, []));
    const api2 = await startServer((_req, res) =>
      sendJson(res, 200, [{ id: uuid(1) }], { next: `${elsewhere.origin}/reservations/byDate?from=2023-01-01&to=2024-01-01&skip=1&limit=1` }),
    );
    try {
      const client = createRezstreamClient({ baseUrl: api2.origin, auth: { token: "local-token" }, tenantId: "tenant-a", retry: { maxRetries: 0 } });
      const seen: string[] = [];
      const walk = async () => {
        for await (const r of client.paginate("/reservations/byDate", { params: { query: { from: "2023-01-01", to: "2024-01-01", limit: 1 } } })) seen.push(r.id);
      };
      await expect(walk()).rejects.toBeInstanceOf(PaginationError);
      expect(seen).toEqual([uuid(1)]);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await Promise.all([elsewhere.close(), api2.close()]);
    }
  });
});
