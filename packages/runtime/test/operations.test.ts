// Operation methods through the shared invoker (core/operations.ts), against a real server on 127.0.0.1.
import { describe, expect, it } from "vitest";
import {
  InvalidRequestError,
  MissingPathParameterError,
  NotFoundError,
  PartnerkitError,
  type VendorDefinition,
  argumentKeys,
  createApiClient,
} from "../src/index.js";
import { json, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const vendor = {
  name: "opsvendor",
  defaultBaseUrl: "http://127.0.0.1:9",
  requestIdHeader: "x-request-id",
  pathDefaults: ["accountId"],
  operations: {
    listCustomers: {
      method: "get",
      path: "/accounts/{accountId}/customers",
      query: ["page", "pageSize"],
      pagination: { style: "page", items: "customers", pageParam: "page", pageSizeParam: "pageSize", total: "total" },
    },
    // the same name in three locations, and a query parameter called body
    getThing: { method: "get", path: "/things/{id}", query: ["id", "body"], header: ["id", "X-Trace"] },
    createThing: { method: "post", path: "/accounts/{accountId}/things" },
    token: { method: "post", path: "/oauth/token", body: "form" },
    upload: { method: "post", path: "/files", body: "multipart" },
    image: { method: "get", path: "/image", parseAs: "blob" },
    searchOrders: { method: "post", path: "/orders/search", pagination: { style: "header", items: "data", pageHeader: "x-page" } },
  },
} as const satisfies VendorDefinition;

type Methods = Record<string, (params?: Record<string, unknown>, options?: Record<string, unknown>) => any>;

const customers = Array.from({ length: 5 }, (_, i) => ({ id: `c${i + 1}` }));

async function setup(options: Record<string, unknown> = {}) {
  const server = await startServer(async (req, res): Promise<void> => {
    const url = new URL(req.url, "http://x");
    if (url.pathname.endsWith("/customers")) {
      const page = Number(url.searchParams.get("page") ?? 1);
      json(res, 200, { customers: customers.slice((page - 1) * 2, page * 2), total: customers.length }, { "x-request-id": `req-${page}` });
      return;
    }
    if (url.pathname === "/orders/search") {
      const cursor = Number(req.headers["x-page"] ?? 0);
      json(res, 200, { data: [{ n: cursor }] }, cursor < 2 ? { "x-page": String(cursor + 1) } : {});
      return;
    }
    if (url.pathname === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    }
    if (url.pathname === "/missing") json(res, 404, { code: "nope" });
    else if (url.pathname.startsWith("/things/") && url.pathname.endsWith("/404")) json(res, 404, { code: "not_found" }, { "x-request-id": "r404" });
    else json(res, 200, { ok: true });
  });
  servers.push(server);
  const client = createApiClient(vendor, { baseUrl: server.url, retry: { maxRetries: 0 }, ...options }) as unknown as Methods;
  return { server, client };
}

describe("operation methods", () => {
  it("place parameters by location and resolve to the success body", async () => {
    const { server, client } = await setup();
    const data = await client.listCustomers!({ accountId: "a 1", page: 2, pageSize: 2 });
    expect(data).toEqual({ customers: [{ id: "c3" }, { id: "c4" }], total: 5 });
    expect(server.requests[0]!.url).toBe("/accounts/a%201/customers?page=2&pageSize=2");
  });

  it("resolve the name clash rule: path, then query, then header; `body` and taken names get a location prefix", async () => {
    expect([...argumentKeys(vendor.operations.getThing).keys()]).toEqual(["id", "query.id", "query.body", "header.id", "X-Trace"]);
    const { server, client } = await setup();
    await client.getThing!({ id: "p", "query.id": "q", "query.body": "b", "header.id": "h", "X-Trace": "t" });
    const sent = server.requests[0]!;
    expect(sent.url).toBe("/things/p?id=q&body=b");
    expect(sent.headers["id"]).toBe("h");
    expect(sent.headers["x-trace"]).toBe("t");
  });

  it("refuse an unknown parameter name and a missing path parameter before sending", async () => {
    const { server, client } = await setup();
    expect(() => client.getThing!({ id: "p", idd: "typo" })).toThrow(InvalidRequestError);
    expect(() => client.getThing!({ id: "p", idd: "typo" })).toThrow(/no parameter "idd"/);
    await expect(client.getThing!({})).rejects.toBeInstanceOf(MissingPathParameterError);
    await expect(client.listCustomers!({ page: 1 })).rejects.toBeInstanceOf(MissingPathParameterError);
    expect(() => client.getThing!({ id: "p" }, { timeot: 5 })).toThrow(PartnerkitError);
    expect(server.requests).toHaveLength(0);
  });

  it("use client-level path defaults, overridable per call", async () => {
    const { server, client } = await setup({ accountId: "acc-default" });
    await client.createThing!({ body: { name: "x" } });
    await client.createThing!({ accountId: "acc-call", body: { name: "y" } });
    expect(server.requests.map((r) => r.url)).toEqual(["/accounts/acc-default/things", "/accounts/acc-call/things"]);
    expect(server.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ name: "x" });
    expect(() => createApiClient(vendor, { accountId: 5 } as Record<string, unknown>)).toThrow(/accountId must be a non-empty string/);
  });

  it("serialise form-encoded and multipart bodies from the operation's content type", async () => {
    const { server, client } = await setup();
    await client.token!({ body: { grant_type: "refresh_token", refresh_token: "r&t", scope: ["a", "b"] } });
    const form = server.requests[0]!;
    expect(form.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(form.body).toBe("grant_type=refresh_token&refresh_token=r%26t&scope=a&scope=b");

    await client.upload!({ body: { file: new Blob(["hello"], { type: "text/plain" }), note: "n", meta: { a: 1 } } });
    const multipart = server.requests[1]!;
    expect(multipart.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart.body).toContain('name="file"');
    expect(multipart.body).toContain("hello");
    expect(multipart.body).toContain('name="note"\r\n\r\nn');
    expect(multipart.body).toContain('{"a":1}');
  });

  it("read a non-JSON success body as the operation says (blob)", async () => {
    const { client } = await setup();
    const blob = (await client.image!()) as Blob;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it("give data, response and request id with withResponse(), and throw typed errors with the body", async () => {
    const { client } = await setup();
    const { data, response, requestId } = await client.listCustomers!({ accountId: "a" }).withResponse();
    expect(data.total).toBe(5);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req-1");
    const error = await client.getThing!({ id: "404" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { code: "not_found" }, requestId: "r404" });
  });

  it("pass per-request options: headers, timeout, retry and signal", async () => {
    const { server, client } = await setup();
    await client.getThing!({ id: "p" }, { headers: { "X-Extra": "1" }, timeout: 5_000, retry: { maxRetries: 1 } });
    expect(server.requests[0]!.headers["x-extra"]).toBe("1");
    const controller = new AbortController();
    controller.abort();
    await expect(client.getThing!({ id: "p" }, { signal: controller.signal })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it("make a paginated method awaitable (first page) and async-iterable over all items, with pages()", async () => {
    const { server, client } = await setup({ accountId: "a" });
    const call = client.listCustomers!({ pageSize: 2 });
    // nothing is sent until the call is awaited or iterated
    expect(server.requests).toHaveLength(0);
    expect((await call).customers).toEqual([{ id: "c1" }, { id: "c2" }]);
    const ids: string[] = [];
    for await (const c of client.listCustomers!({ pageSize: 2 })) ids.push(c.id);
    expect(ids).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    const pages: unknown[][] = [];
    for await (const page of client.listCustomers!({ pageSize: 2 }).pages()) pages.push(page.items);
    expect(pages).toHaveLength(3);
    expect(await client.listCustomers!({ pageSize: 2 }).paginate({ limit: 3 }).toArray()).toHaveLength(3);
    // POST search paginated by a header cursor
    expect(await client.searchOrders!({ body: { q: "x" } }).toArray()).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(server.requests.filter((r) => r.url === "/orders/search").every((r) => r.body === '{"q":"x"}')).toBe(true);
  });

  it("keep the path-style methods unchanged", async () => {
    const { server, client } = await setup();
    const raw = client as unknown as { GET(path: string, init?: unknown): Promise<{ data: unknown; error: unknown; response: Response }> };
    const result = await raw.GET("/missing");
    expect(result.error).toEqual({ code: "nope" });
    expect(result.response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it("refuse an operation table that would shadow a client member", () => {
    expect(() => createApiClient({ ...vendor, operations: { paginate: { method: "get", path: "/x" } } })).toThrow(/replace the client's own paginate/);
  });
});
