// Client options that become headers (apiVersion, tenantId) and the two ways to authenticate (manual token,
// OAuth refresh token), checked on the wire against local servers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRezstreamClient, requestToken, vendor } from "../src/index.js";
import { type LocalServer, sendJson, startServer } from "./helpers.js";

let api: LocalServer;
let elsewhere: LocalServer;
let account: LocalServer;
let issued = 0;
/** Authorization values the API answers with 401, as for a token revoked or expired early. */
const revoked = new Set<string>();

beforeAll(async () => {
  elsewhere = await startServer((_req, res) => sendJson(res, 200, []));
  api = await startServer((req, res) => {
    if (req.url.startsWith("/redirect")) {
      res.writeHead(302, { location: `${elsewhere.origin}/inventory/units` }).end();
      return;
    }
    if (revoked.has(req.headers.authorization ?? "")) return sendJson(res, 401, { title: "Unauthorized", status: 401 });
    // updateNightlyRates documents no response body: an empty 200 without a JSON content type (the runtime refuses an
    // empty body that claims to be JSON).
    if (req.method === "POST") return void res.writeHead(200).end();
    sendJson(res, 200, []);
  });
  // Stands in for https://account.rezstream.com/connect/token; rotates the refresh token on every grant.
  account = await startServer((_req, res) => {
    issued++;
    sendJson(res, 200, { access_token: `access-${issued}`, token_type: "Bearer", expires_in: 3600, refresh_token: `refresh-${issued}` });
  });
});
afterAll(() => Promise.all([api.close(), elsewhere.close(), account.close()]));
afterEach(() => {
  for (const server of [api, elsewhere, account]) server.requests.length = 0;
});

const options = { auth: { token: "manual-token" }, apiVersion: "2025-09-22", tenantId: "tenant-a", retry: { maxRetries: 0 } } as const;

describe("apiVersion and tenantId", () => {
  it("are sent as X-RezStream-Api-Version and X-RezStream-Tenant-ID on every request", async () => {
    const client = createRezstreamClient({ ...options, baseUrl: api.origin });
    await client.GET("/inventory/units");
    await client.GET("/availability/calendar/unit", { params: { query: { from: "2025-09-23", to: "2025-09-27" } } });
    await client.POST("/rates/nightly", { body: [{ rateId: "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68", data: [{ date: "2025-10-03", price: 199 }] }] });
    await client.GET("/auth/tokendetails");
    expect(api.requests).toHaveLength(4);
    for (const request of api.requests) {
      expect(request.headers).toMatchObject({
        authorization: "Bearer manual-token",
        "x-rezstream-api-version": "2025-09-22",
        "x-rezstream-tenant-id": "tenant-a",
      });
    }
  });

  it("are left out when not set (the server's default version and the token's only tenant apply)", async () => {
    const client = createRezstreamClient({ baseUrl: api.origin, auth: { token: "manual-token" } });
    await client.GET("/inventory/units");
    expect(api.requests[0]!.headers).not.toHaveProperty("x-rezstream-api-version");
    expect(api.requests[0]!.headers).not.toHaveProperty("x-rezstream-tenant-id");
  });

  it("the tenant id and token never reach another origin, even when a middleware sends the request there", async () => {
    const client = createRezstreamClient({ ...options, baseUrl: api.origin });
    client.use({ onRequest: ({ request }) => new Request(`${elsewhere.origin}/inventory/units`, request) });
    await client.GET("/inventory/units");
    expect(api.requests).toHaveLength(0);
    expect(elsewhere.requests).toHaveLength(1);
    const headers = elsewhere.requests[0]!.headers;
    expect(headers).not.toHaveProperty("x-rezstream-tenant-id");
    expect(headers).not.toHaveProperty("authorization");
    // Not a credential: the version header may go anywhere.
    expect(headers["x-rezstream-api-version"]).toBe("2025-09-22");
  });

  // The fetch standard drops only Authorization on a cross-origin redirect; the runtime follows redirects itself
  // and re-applies the origin check on every hop, so the tenant id (a credential) stays on the API origin too.
  it("the tenant id does not follow a cross-origin redirect", async () => {
    const client = createRezstreamClient({ ...options, baseUrl: api.origin });
    // @ts-expect-error /redirect is not a rezStream path; it only exists on the local server
    await client.GET("/redirect");
    expect(elsewhere.requests).toHaveLength(1);
    const headers = elsewhere.requests[0]!.headers;
    expect(headers).not.toHaveProperty("authorization");
    expect(headers).not.toHaveProperty("x-rezstream-tenant-id");
  });
});

/** Routes the vendor's token URL to the local account server; everything else goes out unchanged. */
const viaLocalAccountServer: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  if (request.url === vendor.auth.tokenUrl) return fetch(new Request(`${account.origin}/connect/token`, request));
  return fetch(request);
};

describe("OAuth refresh token", () => {
  it("posts the client credentials in a form body to the token URL, then calls the API with the access token", async () => {
    const rotated: string[] = [];
    const client = createRezstreamClient({
      baseUrl: api.origin,
      tenantId: "tenant-a",
      fetch: viaLocalAccountServer,
      auth: {
        clientId: "client-1",
        clientSecret: "secret-1",
        refreshToken: "refresh-0",
        scopes: ["offline_access", "guest_communication"],
        onRefreshToken: (token) => void rotated.push(token),
      },
    });
    await client.GET("/inventory/units");
    await client.GET("/inventory/properties");

    expect(account.requests).toHaveLength(1);
    const tokenRequest = account.requests[0]!;
    expect(tokenRequest.method).toBe("POST");
    expect(tokenRequest.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenRequest.headers).not.toHaveProperty("authorization");
    expect(tokenRequest.headers).not.toHaveProperty("x-rezstream-tenant-id");
    expect(Object.fromEntries(new URLSearchParams(tokenRequest.body))).toEqual({
      grant_type: "refresh_token",
      client_id: "client-1",
      client_secret: "secret-1",
      refresh_token: "refresh-0",
      scope: "offline_access guest_communication",
    });
    const token = `Bearer access-${issued}`;
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([token, token]);
    expect(rotated).toEqual([`refresh-${issued}`]);
  });

  it("a 401 gets one new token and one retry", async () => {
    const client = createRezstreamClient({
      baseUrl: api.origin,
      // The account server is on its own origin, so a custom baseUrl leaves the token URL alone; override it too.
      tokenUrl: `${account.origin}/connect/token`,
      auth: { clientId: "client-1", clientSecret: "secret-1", refreshToken: "refresh-0" },
      retry: { maxRetries: 0 },
    });
    await client.GET("/inventory/units");
    const before = `Bearer access-${issued}`;
    revoked.add(before);
    const result = await client.GET("/inventory/units");
    expect(result.response.status).toBe(200);
    expect(account.requests.map((r) => r.url)).toEqual(["/connect/token", "/connect/token"]);
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([before, before, `Bearer access-${issued}`]);
  });

  it("requestToken() does a single grant for callers that manage tokens themselves", async () => {
    const token = await requestToken({ grant: "refresh_token", clientId: "client-1", clientSecret: "secret-1", refreshToken: "refresh-0", fetch: viaLocalAccountServer });
    expect(token).toMatchObject({ accessToken: `access-${issued}`, tokenType: "Bearer", expiresIn: 3600, refreshToken: `refresh-${issued}` });
    expect(new URLSearchParams(account.requests[0]!.body).get("client_secret")).toBe("secret-1");
  });
});
