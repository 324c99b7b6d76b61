import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, type LogEvent, TimeoutError, createApiClient, parseRetryAfter } from "../src/index.js";
import { AttemptLimit } from "../src/core/timeout.js";
import { type TestServer, deadPort, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

/** Answers the first `failures` requests with `status` (+ headers), then 200/201. */
async function flaky(failures: number, status: number, headers: () => Record<string, string> = () => ({})) {
  const server = await startServer((req, res) => {
    if (server.requests.length <= failures) return json(res, status, { code: "busy", message: "try later" }, headers());
    json(res, req.method === "POST" ? 201 : 200, req.method === "POST" ? { id: "c1", name: "x" } : { customers: [], totalCount: 0 });
  });
  servers.push(server);
  return server;
}

const gap = (s: TestServer) => s.requests[1]!.at - s.requests[0]!.at;

/** A logger that keeps the delays the client chose for its retries. */
function retryDelays() {
  const delays: number[] = [];
  const logger = (_level: string, _message: string, event: LogEvent) => void (event.type === "retry" && delays.push(event.delayMs!));
  return { delays, logger };
}

// A handler that never answers: whatever ends the call is the client's own limit (the server closes at the end).
const never = () => new Promise<void>(() => {});

// Timing on a busy machine: a timer never fires early, so lower bounds are exact; how late it fires depends on the
// load, so upper bounds are generous ratios, and the value the client chose is checked through its retry log event.

describe("retries", () => {
  it("honours Retry-After in seconds", async () => {
    const server = await flaky(1, 429, () => ({ "retry-after": "1" }));
    const { delays, logger } = retryDelays();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { logger });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([1000]); // the server's value, not the 500 ms backoff
    expect(gap(server)).toBeGreaterThanOrEqual(1000 - 5);
    expect(gap(server)).toBeLessThan(1000 * 3);
  });

  it("honours Retry-After as an HTTP date", async () => {
    let expected = 0;
    const server = await flaky(1, 503, () => {
      // HTTP dates have whole seconds: aim at the next second boundary at least 2 s ahead (a 2-3 s wait) and
      // remember the real wait.
      const target = Math.ceil((Date.now() + 2000) / 1000) * 1000;
      expected = target - Date.now();
      return { "retry-after": new Date(target).toUTCString() };
    });
    const { delays, logger } = retryDelays();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { logger });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    // The client reads the date a little after the server wrote it, so its wait is at most `expected` and short of
    // it only by the time the response took to arrive (well under the second this allows).
    expect(delays).toHaveLength(1);
    expect(delays[0]!).toBeLessThanOrEqual(expected + 1);
    expect(delays[0]!).toBeGreaterThan(expected - 1000);
    expect(gap(server)).toBeGreaterThanOrEqual(delays[0]! - 5);
    expect(gap(server)).toBeLessThan(expected * 3);
  });

  // Issue 11 item 10: a Retry-After beyond maxRetryDelay is no longer shortened to the cap (that retried early);
  // the call fails at once with a RateLimitError instead (see fault-model.test.ts).
  it("does not retry before a Retry-After beyond maxRetryDelay", async () => {
    const server = await flaky(1, 429, () => ({ "retry-after": "30" }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { maxRetryDelay: 100 } });
    await expect(client.GET("/customers")).rejects.toMatchObject({ name: "RateLimitError", retryAfter: 30_000 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries 5xx with backoff up to maxRetries, then returns the last response", async () => {
    const server = await flaky(10, 500);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { maxRetries: 3, initialDelay: 10 } });
    const { response, error } = await client.GET("/customers");
    expect(response.status).toBe(500);
    expect(error).toEqual({ code: "busy", message: "try later" });
    expect(server.requests).toHaveLength(4);
  });

  it("per-request retry options override the client's", async () => {
    const server = await flaky(10, 503);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    await client.GET("/customers", { retry: { maxRetries: 0 } });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry 4xx other than 408/429", async () => {
    const server = await flaky(1, 404);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    expect((await client.GET("/customers")).response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a POST by default", async () => {
    const server = await flaky(1, 503);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    const { response } = await client.POST("/customers", { body: { name: "Acme" } });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("retries a POST when opted in, with one idempotency key and the body intact on every attempt", async () => {
    const server = await flaky(2, 503);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { initialDelay: 10 } });
    const body = { name: "Ünïcödé ".repeat(2000) };
    const { data, response } = await client.POST("/customers", { body, retry: { retryNonIdempotent: true } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: "c1", name: "x" });
    expect(server.requests).toHaveLength(3);
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    for (const r of server.requests) expect(JSON.parse(r.body)).toEqual(body);
  });

  it("retries connection errors, then throws ConnectionError", async () => {
    const port = await deadPort();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: `http://127.0.0.1:${port}` }), { retry: { maxRetries: 2, initialDelay: 20 } });
    const started = performance.now();
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(20 * 0.75 + 40 * 0.75); // two backoffs happened
  });

  it("a connection error followed by a live server succeeds", async () => {
    // The server starts listening on the dead port only after the first attempt failed.
    const port = await deadPort();
    const { createServer } = await import("node:http");
    const late = createServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: `http://127.0.0.1:${port}` }), {
      retry: { maxRetries: 3, initialDelay: 150 },
      logger: (_level, _msg, event) => {
        if (event.type === "retry" && !late.listening) late.listen(port, "127.0.0.1");
      },
    });
    try {
      const { response } = await client.GET("/customers");
      expect(response.status).toBe(200);
    } finally {
      late.closeAllConnections();
      await new Promise((r) => late.close(r));
    }
  });

  it("stops at the overall deadline", async () => {
    const server = await flaky(10, 503, () => ({ "retry-after": "3" }));
    const { delays, logger } = retryDelays();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { maxRetries: 5, deadline: 500 }, logger });
    const started = performance.now();
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1); // waiting 3 s would overrun the 500 ms deadline
    expect(delays).toEqual([]); // so the client did not wait at all…
    expect(performance.now() - started).toBeLessThan(3000); // …and returned before the Retry-After could have passed
  });
});

describe("timeouts", () => {
  it("fires at its timeout as a TimeoutError", async () => {
    const server = await startServer(never);
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const started = performance.now();
    const error = await client.GET("/customers", { timeout: 300, retry: { maxRetries: 0 } }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: 300, method: "GET" });
    expect(elapsed).toBeGreaterThanOrEqual(300 - 5);
    expect(elapsed).toBeLessThan(300 * 10); // the server never answers: only the timeout can have ended the call
  });

  it("also covers reading the body: a response that stalls mid-body is a TimeoutError", async () => {
    const server = await startServer(async (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"customers": [');
      await never(); // the rest of the body never comes
    });
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const error = await client.GET("/customers", { timeout: 300, retry: { maxRetries: 0 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("the timer stops once the body has been read (typed and raw calls), and keeps running for a streamed body", async () => {
    const server = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    servers.push(server);
    const signals: AbortSignal[] = [];
    const recording: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { timeout: 1000, fetch: recording });
    await client.GET("/customers");
    await client.raw.GET("/customers");
    const streamed = await client.GET("/customers", { parseAs: "stream" });
    // Timers fire in the order they expire: once the streamed call's timer has fired, the two earlier ones (same
    // timeout, armed before it) would have fired too, had they not been stopped. No fixed sleep needed.
    const streamedSignal = signals[2]!;
    if (!streamedSignal.aborted) await new Promise((r) => streamedSignal.addEventListener("abort", r, { once: true }));
    expect(signals.map((s) => s.aborted)).toEqual([false, false, true]);
    await streamed.response.body?.cancel().catch(() => {});
  });

  it("a caller abort is not a TimeoutError", async () => {
    const server = await startServer(never);
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { timeout: 5000 });
    const error = await client.GET("/customers", { signal: AbortSignal.abort(new Error("user cancelled")) }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("user cancelled");

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await client.GET("/customers", { signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).not.toBeInstanceOf(TimeoutError);
    expect((aborted as Error).name).toBe("AbortError");
  });

  it("a timed-out attempt is retried for idempotent requests", async () => {
    const server = await startServer(async (_req, res) => {
      if (server.requests.length === 1) return never();
      json(res, 200, { customers: [], totalCount: 0 });
    });
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { timeout: 1000, retry: { initialDelay: 10 } });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });
});

describe("AttemptLimit", () => {
  // Fake timers: the limit's own timer and Date.now() move only when the test says so.
  afterEach(() => void vi.useRealTimers());

  it("fires at the timeout with a TimeoutError reason, and not at all once released", () => {
    vi.useFakeTimers();
    const fired = new AttemptLimit(undefined, 30);
    const released = new AttemptLimit(undefined, 30);
    released.release();
    vi.advanceTimersByTime(29);
    expect(fired.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fired.signal.aborted).toBe(true);
    expect((fired.signal.reason as Error).name).toBe("TimeoutError");
    expect(fired.expired()).toBe("timeout");
    vi.advanceTimersByTime(10_000);
    expect(released.signal.aborted).toBe(false);
    expect(released.expired()).toBeUndefined();
  });

  it("reports the deadline when it comes before the timeout, and arms no timer without either", () => {
    vi.useFakeTimers();
    const limit = new AttemptLimit(undefined, 10_000, Date.now() + 30);
    const unlimited = new AttemptLimit(undefined, Infinity);
    vi.advanceTimersByTime(30);
    expect(limit.expired()).toBe("deadline");
    expect(unlimited.signal.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("follows the caller's signal with the caller's reason, which is not reported as a timeout", () => {
    const controller = new AbortController();
    const limit = new AttemptLimit(controller.signal, 10_000);
    controller.abort(new Error("user cancelled"));
    expect(limit.signal.aborted).toBe(true);
    expect((limit.signal.reason as Error).message).toBe("user cancelled");
    expect(limit.expired()).toBeUndefined();
    expect(new AttemptLimit(AbortSignal.abort("early"), 10).signal.reason).toBe("early");
  });

  it("race() ends the wait when the limit fires, leaving the awaited promise running and its rejection handled", async () => {
    vi.useFakeTimers();
    let reject!: (e: Error) => void;
    const shared = new Promise<string>((_resolve, r) => (reject = r));
    const limit = new AttemptLimit(undefined, 200);
    const waiting = limit.race(shared).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(200);
    expect(((await waiting) as Error).name).toBe("TimeoutError");
    // The shared promise may still fail later; that must not surface as an unhandled rejection.
    reject(new Error("token request failed later"));
    const settled = new AttemptLimit(undefined, 200);
    await expect(settled.race(Promise.resolve("tok"))).resolves.toBe("tok");
    settled.release();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and dates, ignores garbage", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter(new Date(5000).toUTCString(), 1000)).toBe(4000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
