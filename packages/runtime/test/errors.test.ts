import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  InvalidRequestError,
  InvalidResponseError,
  MissingPathParameterError,
  NotFoundError,
  PartnerkitError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  apiErrorFor,
  createApiClient,
  getRequestId,
} from "../src/index.js";
import { type TestServer, json, makeVendor, type paths, startServer } from "./helpers.js";

let server: TestServer;
beforeAll(async () => {
  // GET /customers?status=NNN answers with that status and a typed problem body.
  server = await startServer((req, res) => {
    const status = Number(new URL(req.url, "http://x").searchParams.get("status") ?? 200);
    if (status === 200) return json(res, 200, { customers: [{ id: "1", name: "A" }], totalCount: 1 }, { "x-request-id": "req-ok" });
    json(res, status, { code: `e${status}`, message: `failed with ${status}` }, { "x-request-id": `req-${status}` });
  });
});
afterAll(() => server.close());

const cases: [number, abstract new (...args: never[]) => ApiError][] = [
  [400, BadRequestError],
  [422, BadRequestError],
  [401, UnauthorizedError],
  [403, ForbiddenError],
  [404, NotFoundError],
  [409, ConflictError],
  [429, RateLimitError],
  [500, ServerError],
  [503, ServerError],
];

describe("throwOnError", () => {
  it.each(cases)("%i throws %o carrying status, method, url, requestId and body", async (status, Class) => {
    const client = createApiClient<paths, { throwOnError: true; retry: { maxRetries: number } }>(makeVendor({ defaultBaseUrl: server.url }), {
      throwOnError: true,
      retry: { maxRetries: 0 },
    });
    // The query type does not know `status`; it is only a switch for this test server.
    const error = await client.GET("/customers", { params: { query: { status } as { page?: number } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PartnerkitError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      status,
      method: "GET",
      url: `${server.url}/customers?status=${status}`,
      requestId: `req-${status}`,
      body: { code: `e${status}`, message: `failed with ${status}` },
    });
    expect((error as Error).message).toBe(`${status} GET ${server.url}/customers?status=${status}: failed with ${status} (request id req-${status})`);
    for (const [, Other] of cases) expect(error instanceof Other).toBe(Other === Class);
  });

  it("returns data (never undefined in the types) and the request id on success", async () => {
    const client = createApiClient<paths, { throwOnError: true }>(makeVendor({ defaultBaseUrl: server.url }), { throwOnError: true });
    const { data, requestId, response } = await client.GET("/customers");
    expect(data.customers[0]!.name).toBe("A"); // no `?.` needed: data is non-optional in throwing mode
    expect(requestId).toBe("req-ok");
    expect(getRequestId(response)).toBe("req-ok");
  });

  it("the default mode returns { error } and also surfaces the request id", async () => {
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { retry: { maxRetries: 0 } });
    const { data, error, requestId } = await client.GET("/customers", { params: { query: { status: 404 } as { page?: number } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: "e404", message: "failed with 404" });
    expect(requestId).toBe("req-404");
  });
});

describe("error classes", () => {
  it("maps other statuses to the base ApiError", () => {
    const e = apiErrorFor({ status: 410, method: "GET", url: "https://x/y" });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).not.toBeInstanceOf(NotFoundError);
    expect(e.name).toBe("ApiError");
  });

  it("non-HTTP errors are PartnerkitErrors but not ApiErrors", () => {
    const conn = new ConnectionError({ method: "GET", url: "https://x" });
    const timeout = new TimeoutError({ method: "GET", url: "https://x", timeout: 5 });
    for (const e of [conn, timeout]) {
      expect(e).toBeInstanceOf(PartnerkitError);
      expect(e).not.toBeInstanceOf(ApiError);
    }
    expect(conn).not.toBeInstanceOf(TimeoutError);
    expect(timeout.name).toBe("TimeoutError");
    expect(JSON.parse(JSON.stringify(timeout))).toEqual({ name: "TimeoutError", code: "timeout", message: timeout.message, method: "GET", url: "https://x", timeout: 5 });
  });

  it("input and response errors: their place in the hierarchy, codes and fields", () => {
    const missing = new MissingPathParameterError("GET", "/x/{id}", "id");
    expect(missing).toBeInstanceOf(InvalidRequestError);
    expect(missing).toMatchObject({ code: "missing_path_parameter", location: "path", parameter: "id" });
    const invalid = new InvalidRequestError({ location: "query", parameter: "q", message: "m" });
    expect(invalid).not.toBeInstanceOf(MissingPathParameterError);
    expect(invalid.code).toBe("invalid_request");
    const response = new InvalidResponseError({ status: 200, method: "GET", url: "u", requestId: "r1", excerpt: "<html>", reason: "Body is not valid JSON", headers: new Headers() });
    expect(response).toBeInstanceOf(PartnerkitError);
    expect(response).not.toBeInstanceOf(ApiError); // a 2xx is not an HTTP error status
    expect(Object.keys(JSON.parse(JSON.stringify(response))).sort()).toEqual(["code", "excerpt", "message", "method", "name", "requestId", "status", "url"]);
  });

  it("a 429 thrown by a throwing client carries the server's Retry-After as retryAfter (ms)", async () => {
    const limited = await startServer((_req, res) => json(res, 429, { message: "later" }, { "retry-after": "2" }));
    try {
      const client = createApiClient<paths, { throwOnError: true; retry: { maxRetries: number } }>(makeVendor({ defaultBaseUrl: limited.url }), { throwOnError: true, retry: { maxRetries: 0 } });
      const error = await client.GET("/customers").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBe(2000);
    } finally {
      await limited.close();
    }
  });

  it("instanceof rejects look-alikes and primitives", () => {
    expect({ status: 404 }).not.toBeInstanceOf(NotFoundError);
    expect(new Error("x")).not.toBeInstanceOf(PartnerkitError);
    expect((null as unknown) instanceof PartnerkitError).toBe(false);
    expect(("str" as unknown) instanceof ApiError).toBe(false);
  });

  it("user subclasses keep working", () => {
    class VendorError extends NotFoundError {
      static override readonly brand = "VendorError";
    }
    const e = new VendorError({ status: 404, method: "GET", url: "u" });
    expect(e).toBeInstanceOf(VendorError);
    expect(e).toBeInstanceOf(NotFoundError);
    expect(new NotFoundError({ status: 404, method: "GET", url: "u" })).not.toBeInstanceOf(VendorError);
    expect(e.name).toBe("VendorError");
  });
});
