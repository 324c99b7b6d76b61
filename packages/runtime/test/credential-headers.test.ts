// Issue 11, item 7: credential-like headers a caller sets (X-Api-Key, Api-Key and the like, the vendor's declared
// credential headers, Authorization, Proxy-Authorization, Cookie) never reach another origin: not on a redirect, not on
// a pagination walk, not with a per-request baseUrl. Non-credential headers still do.
import { describe, expect, it } from "vitest";
import { PaginationError, createApiClient } from "../src/index.js";
import { type Recorded, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const CREDENTIALS = {
  "X-Api-Key": "SENTINEL-x-api-key",
  "Api-Key": "SENTINEL-api-key",
  apikey: "SENTINEL-apikey",
  "X-Auth-Token": "SENTINEL-auth-token",
  "Ocp-Apim-Subscription-Key": "SENTINEL-subscription",
  "X-Client-Secret": "SENTINEL-client-secret",
  Cookie: "session=SENTINEL-cookie",
  "Proxy-Authorization": "Basic SENTINEL-proxy",
};
const TENANT = "SENTINEL-tenant";
const ACCESS = "SENTINEL-access";
const PLAIN = { "X-Trace": "trace-1", "Idempotency-Key": "idem-1" };

function expectNoCredentials(request: Recorded) {
  const seen = JSON.stringify(request.headers);
  expect(seen).not.toContain("SENTINEL");
  expect(request.headers.authorization).toBeUndefined();
  // What is not a credential still travels.
  expect(request.headers).toMatchObject({ "x-trace": "trace-1", "idempotency-key": "idem-1", "x-api-version": "2024-01" });
}

function expectAllCredentials(request: Recorded) {
  for (const [name, value] of Object.entries(CREDENTIALS)) expect(request.headers[name.toLowerCase()]).toBe(value);
  expect(request.headers.authorization).toBe(`Bearer ${ACCESS}`);
  expect(request.headers["x-tenant-id"]).toBe(TENANT);
}

async function setup(apiHandler: (req: Recorded, res: import("node:http").ServerResponse, other: string) => void) {
  const other = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
  const api = await startServer((req, res) => apiHandler(req, res, other.url));
  servers.push(api, other);
  return { api, other };
}

const options = (headers: Record<string, string>) => ({ auth: { token: ACCESS }, tenantId: TENANT, apiVersion: "2024-01", headers });

describe("credential-like headers stay on the API origin", () => {
  it("a cross-origin redirect drops every one of them, set as client headers", async () => {
    const { api, other } = await setup((_req, res, otherUrl) => void res.writeHead(307, { location: `${otherUrl}/landing` }).end());
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), options({ ...CREDENTIALS, ...PLAIN }));
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expectAllCredentials(api.requests[0]!);
    expect(other.requests).toHaveLength(1);
    expectNoCredentials(other.requests[0]!);
  });

  it("the same for per-request headers, and they come back when a redirect returns to the API origin", async () => {
    let bounce = "";
    const api = await startServer((req, res) => {
      if (req.url === "/customers") return void res.writeHead(302, { location: `${bounce}/bounce` }).end();
      json(res, 200, { customers: [], totalCount: 0 });
    });
    const other = await startServer((_req, res) => void res.writeHead(302, { location: `${api.url}/final` }).end());
    servers.push(api, other);
    bounce = other.url;
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), options({}));
    await client.GET("/customers", { headers: { ...CREDENTIALS, ...PLAIN } });
    expectNoCredentials(other.requests[0]!);
    expect(api.requests.map((r) => r.url)).toEqual(["/customers", "/final"]);
    expectAllCredentials(api.requests[1]!);
  });

  it("a per-request baseUrl on another origin gets none of them", async () => {
    const { api, other } = await setup((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), options({ ...CREDENTIALS, ...PLAIN }));
    await client.GET("/customers", { baseUrl: other.url });
    expectNoCredentials(other.requests[0]!);
  });

  it("their values are scrubbed from errors, like tokens", async () => {
    const { api } = await setup((req, res) => json(res, 404, { message: `no such key ${req.headers["x-api-key"]} / ${req.headers["ocp-apim-subscription-key"]}` }));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), { ...options({ ...CREDENTIALS }), throwOnError: true });
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect((error as { body: unknown }).body).toEqual({ message: "no such key [REDACTED] / [REDACTED]" });
    expect(JSON.stringify(error) + String(error)).not.toContain("SENTINEL");
  });

  it("a pagination walk: a page that redirects off-origin gets none of them; an off-origin next link gets no request", async () => {
    // Page 1 links to page 2 on the same origin; page 2 redirects to the other origin, whose page links back off-origin.
    let evilLinks = "";
    const evil = await startServer((_req, res) => json(res, 200, [{ id: "e3", at: "t" }], { link: `<${evilLinks}/events?afterId=e3>; rel="next"` }));
    const api = await startServer((req, res) => {
      if (req.url === "/events") return json(res, 200, [{ id: "e1", at: "t" }], { link: `</events?afterId=e1>; rel="next"` });
      res.writeHead(307, { location: `${evil.url}/events?afterId=e1` }).end();
    });
    const third = await startServer((_req, res) => json(res, 200, []));
    servers.push(api, evil, third);
    evilLinks = third.url;
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), options({ ...CREDENTIALS, ...PLAIN }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of client.paginate("/events")) seen.push(event.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["e1", "e3"]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(api.requests).toHaveLength(2);
    for (const r of api.requests) expectAllCredentials(r);
    expect(evil.requests).toHaveLength(1);
    expectNoCredentials(evil.requests[0]!);
    expect(third.requests).toHaveLength(0);
  });
});
