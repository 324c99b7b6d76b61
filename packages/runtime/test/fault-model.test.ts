// Issue 11, items 9, 10 and 11: every failure has a type, and transient ones are retried. Real servers on 127.0.0.1;
// where time matters the checks are one-sided (a wait happened, or a call ended long before a wait would have).
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ConnectionError,
  DEFAULT_MAX_PAGES,
  InvalidResponseError,
  type Page,
  type PagePosition,
  PaginationError,
  Paginator,
  RateLimitError,
  createApiClient,
  parseRetryAfter,
} from "../src/index.js";
import { type TestServer, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const TENANT = "SENTINEL-tenant-77aa";

async function serve(handler: (req: import("./helpers.js").Recorded, res: ServerResponse, n: number) => void | Promise<void>) {
  const server = await startServer((req, res) => handler(req, res, server.requests.length));
  servers.push(server);
  return server;
}

const ok = (res: ServerResponse) => json(res, 200, { customers: [{ id: "c1", name: "A" }], totalCount: 1 });

describe("a 2xx whose body is not the declared JSON (item 9)", () => {
  it.each([
    ["malformed JSON", "application/json", '{"customers": [{"id": "c1", "name": '],
    ["an HTML page", "text/html", "<!DOCTYPE html>\n<html><body>   <h1>Maintenance</h1></body></html>"],
  ])("%s is an InvalidResponseError with status, method, url, request id and an excerpt", async (_label, type, body) => {
    for (const chunked of [false, true]) {
      const server = await serve((_req, res) => {
        res.writeHead(200, { "content-type": type, "x-request-id": "req-9", ...(chunked ? {} : { "content-length": String(Buffer.byteLength(body)) }) });
        res.end(body);
      });
      const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
      const error = await client.GET("/customers", { params: { query: { page: 2 } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).not.toBeInstanceOf(SyntaxError);
      expect(error).toMatchObject({
        status: 200,
        method: "GET",
        url: `${server.url}/customers?page=2`,
        requestId: "req-9",
        excerpt: body.replace(/\s+/g, " ").trim(),
        code: "invalid_response",
      });
      expect((error as Error).message).toMatch(/^Body is not valid JSON in 200 response: GET http/);
      expect(server.requests).toHaveLength(1); // not retried: the server answered
    }
  });

  it("an empty body with a JSON content type is an InvalidResponseError; 204 and HEAD are not", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/customers/none") return void res.writeHead(204).end();
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "x-request-id": "req-e" });
      res.end();
    });
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "req-e", excerpt: "" });
    expect((error as Error).message).toMatch(/^Empty body with a JSON content type/);
    // The raw client too.
    await expect(client.raw.GET("/customers")).rejects.toBeInstanceOf(InvalidResponseError);
    expect((await client.GET("/customers/{id}", { params: { path: { id: "none" } } })).response.status).toBe(204);
    expect((await client.HEAD("/customers" as never)).response.status).toBe(200);
    // parseAs "text" asked for no JSON.
    expect((await client.GET("/customers", { parseAs: "text" })).data).toBe("");
  });

  it("the excerpt is short and redacted: known secrets and sensitive JSON fields are masked", async () => {
    const body = `{"note": "tenant ${TENANT}", "access_token": "SENTINEL-leaked-token", "padding": "${"x".repeat(400)}`;
    const server = await serve((_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end(body));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { tenantId: TENANT });
    const error = (await client.GET("/customers").catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.excerpt.length).toBeLessThanOrEqual(201);
    expect(error.excerpt).toContain('"note": "tenant [REDACTED]"');
    expect(error.excerpt).toContain('"access_token": "[REDACTED]"');
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(text).not.toContain("SENTINEL");
  });
});

describe("a connection cut or stall while the body is read (item 9)", () => {
  /** Headers and half a body, then (first `bad` requests) a reset or a stall; after that a good response. */
  async function halfBody(mode: "cut" | "stall", bad = 1) {
    return serve(async (_req, res, n) => {
      if (n > bad) return ok(res);
      res.writeHead(200, { "content-type": "application/json", "content-length": "200" });
      res.write('{"customers": [');
      if (mode === "cut") {
        await new Promise((r) => setTimeout(r, 20));
        res.socket?.destroy();
      }
      // "stall": never finishes; the server's close() ends the connection after the test.
    });
  }

  it("a cut is retried for a GET exactly like a failure before the headers", async () => {
    const server = await halfBody("cut");
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    const { data, response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(data?.customers).toEqual([{ id: "c1", name: "A" }]);
    expect(server.requests).toHaveLength(2);
  });

  it("a cut on every attempt ends in a ConnectionError; a POST is not retried", async () => {
    const server = await halfBody("cut", 10);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10, maxRetries: 2 } });
    await expect(client.GET("/customers")).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(3);
    await expect(client.POST("/customers", { body: { name: "x" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(4);
  });

  it("a stall is a TimeoutError of the attempt and is retried", async () => {
    const server = await halfBody("stall");
    // A generous timeout: the second attempt has to finish within it on a busy machine.
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { timeout: 1000, retry: { initialDelay: 10 } });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("the per-attempt timer is released on every path: success, error status, bad JSON, empty JSON, cut body, give-up", async () => {
    const server = await serve(async (req, res) => {
      switch (req.url) {
        case "/customers?page=1":
          return ok(res);
        case "/customers?page=2":
          return json(res, 404, { message: "no" });
        case "/customers?page=3":
          return void res.writeHead(200, { "content-type": "application/json" }).end("{oops");
        case "/customers?page=4":
          return void res.writeHead(200, { "content-type": "application/json" }).end();
        case "/customers?page=5":
          res.writeHead(200, { "content-type": "application/json", "content-length": "100" }).write("{");
          await new Promise((r) => setTimeout(r, 20));
          return void res.socket?.destroy();
        default:
          return json(res, 429, { message: "later" }, { "retry-after": "3600" });
      }
    });
    const signals: AbortSignal[] = [];
    const recording: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    // Every call must finish well within the timeout on a busy machine; the check after the calls does not depend on it.
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { timeout: 1000, fetch: recording, retry: { maxRetries: 0 } });
    const outcomes: string[] = [];
    for (const page of [1, 2, 3, 4, 5, 6]) {
      const retry = page === 6 ? { maxRetries: 1 } : undefined;
      outcomes.push(
        await client.GET("/customers", { params: { query: { page } }, retry }).then(
          (r) => String(r.response.status),
          (e: Error) => e.name,
        ),
      );
      await client.raw.GET("/customers", { params: { query: { page } }, retry }).catch(() => undefined);
    }
    expect(outcomes).toEqual(["200", "404", "InvalidResponseError", "InvalidResponseError", "ConnectionError", "RateLimitError"]);
    expect(signals).toHaveLength(12);
    // Past the timeout, no attempt's timer has fired. No race: every attempt's timer was armed before this wait's timer,
    // with a shorter delay, so an unreleased one fires first.
    await new Promise((r) => setTimeout(r, 1100));
    expect(signals.map((s) => s.aborted)).toEqual(signals.map(() => false));
  });
});

describe("Retry-After and statuses (item 10)", () => {
  const gap = (s: TestServer) => s.requests[1]!.at - s.requests[0]!.at;

  it.each(["-5", "-1.5", "soon", "1 2", "Tue", "2000-01-01"])("Retry-After %j is ignored: normal backoff, not an immediate retry", async (value) => {
    const server = await serve((_req, res, n) => (n === 1 ? json(res, 503, {}, { "retry-after": value }) : ok(res)));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 400 } });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    // The backoff's jitter takes off at most 25 %; load only makes the gap longer.
    expect(gap(server)).toBeGreaterThanOrEqual(400 * 0.75 - 5);
  });

  it("parseRetryAfter: delay-seconds and the three HTTP-date forms; a past date is 0; negative or other values are ignored", () => {
    const now = Date.UTC(1994, 10, 6, 8, 49, 30);
    for (const date of ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]) {
      expect(parseRetryAfter(date, now)).toBe(7000);
    }
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now + 60_000)).toBe(0);
    expect(parseRetryAfter("120", now)).toBe(120_000);
    for (const bad of ["-5", "-0.5", "1e3", "soon", "1 2", "2000-01-01", "Tue", ""]) expect(parseRetryAfter(bad, now)).toBeUndefined();
  });

  it("a Retry-After beyond maxRetryDelay fails the call at once with a RateLimitError carrying the server's value", async () => {
    const server = await serve((_req, res) => json(res, 429, { message: `slow down ${TENANT}` }, { "retry-after": "30", "x-request-id": "rl-1" }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { tenantId: TENANT, retry: { maxRetryDelay: 5000 } });
    const started = performance.now();
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, method: "GET", retryAfter: 30_000, requestId: "rl-1", body: { message: "slow down [REDACTED]" } });
    expect((error as Error).message).toContain("retry after 30 s, longer than retry.maxRetryDelay (5000 ms)");
    expect(server.requests).toHaveLength(1);
    // The cap (5 s) was not waited for either.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("the same for a 503 with an HTTP-date two hours ahead, in throwing mode too", async () => {
    const server = await serve((_req, res) => json(res, 503, {}, { "retry-after": new Date(Date.now() + 7_200_000).toUTCString() }));
    const client = createApiClient<paths, { throwOnError: true }>(makeVendor({ defaultBaseUrl: server.url }), { throwOnError: true });
    const error = (await client.GET("/customers").catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(503);
    expect(error.retryAfter).toBeGreaterThan(7_000_000);
    expect(server.requests).toHaveLength(1);
  });

  it("a Retry-After within the cap is still honoured", async () => {
    const server = await serve((_req, res, n) => (n === 1 ? json(res, 429, {}, { "retry-after": "1" }) : ok(res)));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { maxRetryDelay: 1000 } });
    expect((await client.GET("/customers")).response.status).toBe(200);
    expect(gap(server)).toBeGreaterThanOrEqual(950);
  });

  it.each([501, 505])("%i is not retried", async (status) => {
    const server = await serve((_req, res, n) => (n === 1 ? json(res, status, {}) : ok(res)));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    expect((await client.GET("/customers")).response.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });
});

describe("pagination stops on repeated pages and at a page cap (item 11)", () => {
  // Each server gives up after 20 requests (an empty page), so that a paginator without the guard ends too.
  const BOUND = 20;

  it("page style: a server that ignores `page` (and sends no total) stops with a PaginationError on the first repeat", async () => {
    const server = await serve((_req, res, n) => json(res, 200, { customers: n > BOUND ? [] : [{ id: "c1", name: "A" }] }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of client.paginate("/customers")) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/repeated the previous page/);
    expect(seen).toEqual(["c1"]);
    expect(server.requests.map((r) => r.url)).toEqual(["/customers?page=1", "/customers?page=2"]);
  });

  it("header style: fresh cursors over the same items stop too", async () => {
    const server = await serve((_req, res, n) => json(res, 200, { data: n > BOUND ? [] : [{ sku: "s1" }] }, { "x-page": `cursor-${n}` }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    await expect(client.paginate("listItems").toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it("link style: fresh next links over the same items stop too", async () => {
    const server = await serve((_req, res, n) => json(res, 200, n > BOUND ? [] : [{ id: "e1", at: "t" }], { link: `</events?afterId=x${n}>; rel="next"` }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    await expect(client.paginate("/events").toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it("maxPages caps a walk over ever-new pages with a PaginationError; resumeFrom continues after the last page served", async () => {
    const server = await serve((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      json(res, 200, { customers: page > BOUND ? [] : [{ id: `c${page}`, name: "A" }] });
    });
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const paginator = client.paginate("/customers", {}, { maxPages: 5 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of paginator) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/after 5 pages/);
    expect(seen).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect(server.requests).toHaveLength(5);
    expect(paginator.resumeFrom).toBe(6);
  });

  it(`the default cap is ${DEFAULT_MAX_PAGES} pages`, async () => {
    let fetched = 0;
    const endless = async (position: PagePosition | undefined): Promise<Page<number>> => {
      fetched++;
      const n = Number(position ?? 0);
      return { items: [n], position: n, next: n + 1 };
    };
    await expect(new Paginator(endless).toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(fetched).toBe(DEFAULT_MAX_PAGES);
    expect(DEFAULT_MAX_PAGES).toBe(10_000);
  });
});
