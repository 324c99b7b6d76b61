import { describe, expect, expectTypeOf, it } from "vitest";
import { PaginationError, type Paginator, PartnerkitError, createApiClient } from "../src/index.js";
import { type Customer, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const customers = Array.from({ length: 7 }, (_, i) => ({ id: `c${i + 1}`, name: `Customer ${i + 1}` }));
const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i + 1}`, at: `2024-01-0${i + 1}T00:00:00Z` }));

async function api() {
  const server = await startServer((req, res) => {
    const url = new URL(req.url, server.url);
    const q = url.searchParams;
    if (url.pathname === "/customers") {
      // page style; this server caps pageSize at 3 whatever is asked for
      const page = Number(q.get("page") ?? 1);
      const size = Math.min(Number(q.get("pageSize") ?? 3), 3);
      return json(res, 200, { customers: customers.slice((page - 1) * size, page * size), totalCount: customers.length });
    }
    if (url.pathname === "/events") {
      // link style, cursor mode: next carries afterId; the last page still links to an (empty) next page
      const after = q.get("afterId");
      const start = after ? events.findIndex((e) => e.id === after) + 1 : 0;
      const page = events.slice(start, start + 2);
      const last = page.at(-1)?.id ?? after;
      const headers: Record<string, string> = { link: `<${server.url}/events?afterId=${last}&limit=2>; rel="next", <${server.url}/events>; rel="first"` };
      return json(res, 200, page, page.length || after ? headers : {});
    }
    if (url.pathname === "/items") {
      // header style: x-page is a cursor; the response's x-page names the next one
      const cursor = Number(req.headers["x-page"] ?? 0);
      const data = [0, 1].map((i) => ({ sku: `s${cursor * 2 + i}` }));
      return json(res, 200, { data }, cursor < 2 ? { "x-page": String(cursor + 1) } : {});
    }
    json(res, 404, {});
  });
  servers.push(server);
  return { server, client: createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: { token: "t" } }) };
}

describe("page style", () => {
  it("walks pages until the total is reached, typed from paths", async () => {
    const { server, client } = await api();
    const paginator = client.paginate("/customers", { params: { query: { pageSize: 5 } } });
    expectTypeOf(paginator).toEqualTypeOf<Paginator<Customer>>();
    expect(await paginator.toArray()).toEqual(customers);
    // 7 items, capped at 3 per page: pages 1..3, and no request for page 4
    expect(server.requests.map((r) => r.url)).toEqual(["/customers?pageSize=5&page=1", "/customers?pageSize=5&page=2", "/customers?pageSize=5&page=3"]);
  });

  it("respects limit and reports where to resume without losing records", async () => {
    const { client } = await api();
    const first = client.paginate("/customers", {}, { limit: 4 });
    expect((await first.toArray()).map((c) => c.id)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(first.resumeFrom).toBe(2); // page 2 was cut short, so it is fetched again
    const rest = await client.paginate("/customers", {}, { from: first.resumeFrom! }).toArray();
    expect(rest.map((c) => c.id)).toEqual(["c4", "c5", "c6", "c7"]);
  });

  it("pages() respects limit: the last page is cut to the limit and nothing more is fetched", async () => {
    const { server, client } = await api();
    const pages: string[][] = [];
    const paginator = client.paginate("/customers", {}, { limit: 4 });
    for await (const page of paginator.pages()) pages.push(page.items.map((c) => c.id));
    expect(pages).toEqual([["c1", "c2", "c3"], ["c4"]]);
    expect(server.requests).toHaveLength(2);
    expect(paginator.resumeFrom).toBe(2);
  });

  it("iterates pages too", async () => {
    const { client } = await api();
    const sizes: number[] = [];
    for await (const page of client.paginate("/customers").pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([3, 3, 1]);
  });
});

describe("link style", () => {
  it("follows rel=next until an empty page and exposes the cursor to resume polling", async () => {
    const { server, client } = await api();
    const paginator = client.paginate("/events", { params: { query: { limit: 2 } } });
    expectTypeOf(paginator).toEqualTypeOf<Paginator<{ id: string; at: string }>>();
    expect((await paginator.toArray()).map((e) => e.id)).toEqual(["e1", "e2", "e3", "e4", "e5"]);
    expect(server.requests.every((r) => r.headers.authorization === "Bearer t")).toBe(true);
    // Stopped on the empty page after e5: polling again later starts exactly there.
    expect(paginator.resumeFrom).toBe(`${server.url}/events?afterId=e5&limit=2`);

    events.push({ id: "e6", at: "2024-01-06T00:00:00Z" });
    try {
      const later = client.paginate("/events", {}, { from: paginator.resumeFrom! });
      expect((await later.toArray()).map((e) => e.id)).toEqual(["e6"]);
    } finally {
      events.pop();
    }
  });

  it("refuses a next link that repeats", async () => {
    const server = await startServer((_req, res) => json(res, 200, [{ id: "x", at: "t" }], { link: `</events?afterId=x>; rel=next` }));
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    await expect(client.paginate("/events").toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });
});

describe("header style", () => {
  it("sends the cursor from the previous response's header", async () => {
    const { server, client } = await api();
    const skus = (await client.paginate("listItems").toArray()) as { sku: string }[];
    expect(skus.map((s) => s.sku)).toEqual(["s0", "s1", "s2", "s3", "s4", "s5"]);
    expect(server.requests.map((r) => r.headers["x-page"])).toEqual([undefined, "1", "2"]);
  });
});

describe("lookup", () => {
  it("rejects paths without x-pagination", async () => {
    const { client } = await api();
    expect(() => client.paginate("/customers/{id}" as "/customers")).toThrow(PartnerkitError);
    expect(() => client.paginate("nope")).toThrow(/Unknown operationId/);
  });
});
