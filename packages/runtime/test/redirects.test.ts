import { describe, expect, it } from "vitest";
import { ConnectionError, createApiClient } from "../src/index.js";
import { MAX_REDIRECTS } from "../src/core/transport.js";
import { json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const ACCESS = "access-token-0123";
const TENANT = "tenant-secret-4567";

/** An API whose /customers redirects to `target()` with `status`, and answers everything else with 200. */
async function redirecting(status: number, target: () => string) {
  const api = await startServer((req, res) => {
    if (req.url.startsWith("/customers")) {
      res.writeHead(status, { location: target() }).end();
      return;
    }
    json(res, req.method === "POST" ? 201 : 200, req.method === "POST" ? { id: "c1", name: "x" } : { customers: [], totalCount: 0 });
  });
  const other = await startServer((req, res) => json(res, req.method === "POST" ? 201 : 200, { customers: [], totalCount: 0 }));
  servers.push(api, other);
  const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), {
    auth: { token: ACCESS },
    tenantId: TENANT,
    apiVersion: "2024-01",
    retry: { initialDelay: 10 },
  });
  return { api, other, client };
}

describe("redirects", () => {
  it("a cross-origin redirect gets neither the Authorization header nor credential headers", async () => {
    let otherUrl = "";
    const { api, other, client } = await redirecting(302, () => `${otherUrl}/landing`);
    otherUrl = other.url;
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${other.url}/landing`);
    expect(api.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${ACCESS}`, "x-tenant-id": TENANT });
    expect(other.requests).toHaveLength(1);
    const leaked = other.requests[0]!.headers;
    expect(leaked.authorization).toBeUndefined();
    expect(leaked["x-tenant-id"]).toBeUndefined();
    expect(leaked["x-api-version"]).toBe("2024-01"); // not a credential
  });

  it("the origin check is re-applied on every hop: back on the API origin, credentials are sent again", async () => {
    let bounce = "";
    const api = await startServer((req, res) => {
      if (req.url === "/customers") return void res.writeHead(307, { location: `${bounce}/bounce` }).end();
      json(res, 200, { customers: [], totalCount: 0 });
    });
    const other = await startServer((_req, res) => void res.writeHead(308, { location: `${api.url}/final` }).end());
    servers.push(api, other);
    bounce = other.url;
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), { auth: { token: ACCESS }, tenantId: TENANT });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(api.requests.map((r) => r.url)).toEqual(["/customers", "/final"]);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    expect(other.requests[0]!.headers["x-tenant-id"]).toBeUndefined();
    expect(api.requests[1]!.headers).toMatchObject({ authorization: `Bearer ${ACCESS}`, "x-tenant-id": TENANT });
  });

  it("a same-origin redirect keeps the credentials and a relative Location works", async () => {
    const { api, client } = await redirecting(301, () => "/elsewhere");
    await client.GET("/customers");
    expect(api.requests.map((r) => r.url)).toEqual(["/customers", "/elsewhere"]);
    expect(api.requests[1]!.headers).toMatchObject({ authorization: `Bearer ${ACCESS}`, "x-tenant-id": TENANT });
  });

  it("303 turns a POST into a GET without a body or body headers", async () => {
    const { api, client } = await redirecting(303, () => "/status");
    const { response } = await client.POST("/customers", { body: { name: "Acme" } });
    expect(response.status).toBe(200);
    const follow = api.requests[1]!;
    expect(follow.method).toBe("GET");
    expect(follow.body).toBe("");
    expect(follow.headers["content-type"]).toBeUndefined();
  });

  it.each([307, 308])("%i keeps the method and re-sends the body intact", async (status) => {
    const { api, client } = await redirecting(status, () => "/v2/customers");
    const body = { name: "Ünïcödé ".repeat(500) };
    const { response, data } = await client.POST("/customers", { body });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: "c1", name: "x" });
    expect(api.requests.map((r) => [r.method, r.url])).toEqual([
      ["POST", "/customers"],
      ["POST", "/v2/customers"],
    ]);
    expect(JSON.parse(api.requests[1]!.body)).toEqual(body);
    expect(api.requests[1]!.headers["content-type"]).toBe("application/json");
  });

  it(`stops after ${MAX_REDIRECTS} hops with a ConnectionError, and does not retry a redirect loop`, async () => {
    const { api, client } = await redirecting(302, () => "/customers");
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/More than 5 redirects/);
    expect(api.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('redirect: "manual" hands the 3xx back untouched', async () => {
    const { api, other, client } = await redirecting(302, () => "https://example.invalid/x");
    const { response } = await client.GET("/customers", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://example.invalid/x");
    expect(api.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it("a redirect to a non-HTTP URL is refused", async () => {
    const { client } = await redirecting(302, () => "file:///etc/passwd");
    await expect(client.GET("/customers")).rejects.toThrow(/non-HTTP/);
  });
});
