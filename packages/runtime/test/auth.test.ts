import { describe, expect, it, vi } from "vitest";
import { AuthenticationError, ConnectionError, UnauthorizedError, createApiClient, requestToken, type OAuth2Definition } from "../src/index.js";
import { deadPort, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

/** API + token endpoint on one server; the token endpoint hands out tok-1, tok-2… */
async function oauthServer(
  opts: {
    expiresIn?: number;
    rotate?: boolean;
    tokenDelay?: number;
    apiStatus?: (auth: string | undefined) => number;
    /** Answer refresh_token grants with this status and body instead of a token. */
    refuseRefresh?: { status: number; body: unknown };
  } = {},
) {
  let issued = 0;
  const server = await startServer(async (req, res) => {
    if (req.url === "/oauth/token") {
      if (opts.tokenDelay) await new Promise((r) => setTimeout(r, opts.tokenDelay));
      if (opts.refuseRefresh && new URLSearchParams(req.body).get("grant_type") === "refresh_token") {
        return json(res, opts.refuseRefresh.status, opts.refuseRefresh.body);
      }
      issued++;
      return json(res, 200, {
        access_token: `tok-${issued}`,
        token_type: "bearer",
        expires_in: opts.expiresIn ?? 3600,
        ...(opts.rotate ? { refresh_token: `rt-${issued}` } : {}),
      });
    }
    const status = opts.apiStatus?.(req.headers.authorization) ?? 200;
    json(res, status, status === 200 ? { customers: [], totalCount: 0 } : { code: "unauthorized", message: "no" });
  });
  servers.push(server);
  const auth: OAuth2Definition = {
    grants: ["client_credentials", "refresh_token"],
    tokenUrl: `${server.url}/oauth/token`,
    bodyEncoding: "form",
    clientAuthentication: "body",
  };
  return { server, vendor: makeVendor({ defaultBaseUrl: server.url, auth }), tokenRequests: () => server.requests.filter((r) => r.url === "/oauth/token") };
}

describe("OAuth2 strategy", () => {
  it("100 concurrent calls with an expired token cause exactly one token request", async () => {
    const { server, vendor, tokenRequests } = await oauthServer({ expiresIn: 1, tokenDelay: 50 });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "secret", refreshSkew: 0 } });
    await client.GET("/customers");
    expect(tokenRequests()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1050)); // tok-1 has now expired
    const results = await Promise.all(Array.from({ length: 100 }, () => client.GET("/customers")));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(2);
    const apiCalls = server.requests.filter((r) => r.url === "/customers");
    expect(apiCalls.slice(1).every((r) => r.headers.authorization === "Bearer tok-2")).toBe(true);
  }, 60_000); // 100 concurrent calls: about 2 s idle, 8 s measured on a loaded 2-core machine

  it("sends a client_credentials request form-encoded with the credentials in the body", async () => {
    const { vendor, tokenRequests } = await oauthServer();
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s3cret", scopes: ["a", "b"] } });
    await client.GET("/customers");
    const [req] = tokenRequests();
    expect(req!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(req!.body))).toEqual({ grant_type: "client_credentials", client_id: "cid", client_secret: "s3cret", scope: "a b" });
  });

  it("a 401 triggers one refresh and one retry", async () => {
    const { server, vendor, tokenRequests } = await oauthServer({ apiStatus: (auth) => (auth === "Bearer tok-1" ? 401 : 200) });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s" } });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(tokenRequests()).toHaveLength(2);
    expect(server.requests.filter((r) => r.url === "/customers").map((r) => r.headers.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("a second 401 is returned (or thrown), never looped on", async () => {
    const { server, vendor, tokenRequests } = await oauthServer({ apiStatus: () => 401 });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s" } });
    const { response, error } = await client.GET("/customers");
    expect(response.status).toBe(401);
    expect(error).toEqual({ code: "unauthorized", message: "no" });
    expect(tokenRequests()).toHaveLength(2);
    expect(server.requests.filter((r) => r.url === "/customers")).toHaveLength(2);

    const throwing = createApiClient<paths, { throwOnError: true; auth: { clientId: string } }>(vendor, { throwOnError: true, auth: { clientId: "cid" } });
    await expect(throwing.GET("/customers")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("keeps a rotated refresh token and reports it through onRefreshToken", async () => {
    const { vendor, tokenRequests } = await oauthServer({ expiresIn: 1, rotate: true });
    const seen: string[] = [];
    const client = createApiClient<paths>(vendor, {
      auth: { clientId: "cid", clientSecret: "s", refreshToken: "rt-0", refreshSkew: 0, onRefreshToken: (t) => void seen.push(t) },
    });
    await client.GET("/customers");
    await new Promise((r) => setTimeout(r, 1050));
    await client.GET("/customers");
    const sent = tokenRequests().map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(sent.map((b) => [b.grant_type, b.refresh_token])).toEqual([
      ["refresh_token", "rt-0"],
      ["refresh_token", "rt-1"],
    ]);
    expect(seen).toEqual(["rt-1", "rt-2"]);
  });

  it("after expiry, a client that started with client_credentials renews with the refresh token the server returned", async () => {
    const { server, vendor, tokenRequests } = await oauthServer({ expiresIn: 3600, rotate: true });
    const seen: string[] = [];
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s", onRefreshToken: (t) => void seen.push(t) } });
    await client.GET("/customers");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 3_600_000);
      await client.GET("/customers");
      vi.setSystemTime(Date.now() + 3_600_000);
      await client.GET("/customers");
    } finally {
      vi.useRealTimers();
    }
    const sent = tokenRequests().map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(sent).toEqual([
      { grant_type: "client_credentials", client_id: "cid", client_secret: "s" },
      { grant_type: "refresh_token", client_id: "cid", client_secret: "s", refresh_token: "rt-1" },
      { grant_type: "refresh_token", client_id: "cid", client_secret: "s", refresh_token: "rt-2" },
    ]);
    expect(seen).toEqual(["rt-1", "rt-2", "rt-3"]);
    expect(server.requests.filter((r) => r.url === "/customers").map((r) => r.headers.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]);
  });

  it("a 401 also renews with the refresh token, and concurrent callers share that one request", async () => {
    const { vendor, tokenRequests } = await oauthServer({ rotate: true, tokenDelay: 30, apiStatus: (auth) => (auth === "Bearer tok-1" ? 401 : 200) });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s" } });
    const results = await Promise.all(Array.from({ length: 20 }, () => client.GET("/customers")));
    expect(results.map((r) => r.response.status)).toEqual(Array(20).fill(200));
    expect(tokenRequests().map((r) => new URLSearchParams(r.body).get("grant_type"))).toEqual(["client_credentials", "refresh_token"]);
  });

  it("falls back to client_credentials when the refresh token is refused (invalid_grant)", async () => {
    const { server, vendor, tokenRequests } = await oauthServer({ refuseRefresh: { status: 400, body: { error: "invalid_grant" } } });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s", refreshToken: "revoked-rt" } });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(tokenRequests().map((r) => new URLSearchParams(r.body).get("grant_type"))).toEqual(["refresh_token", "client_credentials"]);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer tok-1");
  });

  it("does not fall back without a client secret, nor on errors other than invalid_grant", async () => {
    const noSecret = await oauthServer({ refuseRefresh: { status: 401, body: { error: "invalid_grant" } } });
    const publicClient = createApiClient<paths>(noSecret.vendor, { auth: { clientId: "cid", refreshToken: "revoked-rt" } });
    await expect(publicClient.GET("/customers")).rejects.toMatchObject({ name: "AuthenticationError", status: 401 });
    expect(noSecret.tokenRequests()).toHaveLength(1);

    const otherError = await oauthServer({ refuseRefresh: { status: 400, body: { error: "invalid_scope" } } });
    const client = createApiClient<paths>(otherError.vendor, { auth: { clientId: "cid", clientSecret: "s", refreshToken: "rt" } });
    await expect(client.GET("/customers")).rejects.toMatchObject({ name: "AuthenticationError", status: 400, body: { error: "invalid_scope" } });
    expect(otherError.tokenRequests()).toHaveLength(1);
  });

  it("token-endpoint failures surface as AuthenticationError", async () => {
    const server = await startServer((_req, res) => json(res, 400, { error: "invalid_client", error_description: "unknown client" }));
    servers.push(server);
    const vendor = makeVendor({
      defaultBaseUrl: server.url,
      auth: { grants: ["client_credentials"], tokenUrl: `${server.url}/token`, bodyEncoding: "json", clientAuthentication: "basic" },
    });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: "s" } });
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 400, method: "POST", body: { error: "invalid_client" } });
    expect(server.requests.map((r) => r.url)).toEqual(["/token"]); // the API was never called
  });
});

describe("requestToken", () => {
  it("JSON body with basic client authentication and an array scope parameter", async () => {
    const server = await startServer((_req, res) => json(res, 201, { access_token: "a", token_type: "bearer", expires_in: 60, refresh_token: "r2" }));
    servers.push(server);
    const def: OAuth2Definition = {
      grants: ["refresh_token"],
      tokenUrl: `${server.url}/oauth/token`,
      bodyEncoding: "json",
      clientAuthentication: "basic",
      scopeParameter: { name: "scopes", format: "array" },
    };
    const token = await requestToken(def, { grant: "refresh_token", clientId: "id:1", clientSecret: "pw", refreshToken: "r1", scopes: ["onboarding"] });
    expect(token).toEqual({ accessToken: "a", tokenType: "bearer", expiresIn: 60, refreshToken: "r2" });
    const [req] = server.requests;
    expect(req!.headers.authorization).toBe(`Basic ${Buffer.from("id%3A1:pw").toString("base64")}`);
    expect(JSON.parse(req!.body)).toEqual({ grant_type: "refresh_token", refresh_token: "r1", scopes: ["onboarding"] });
  });

  it("a dead token endpoint is a ConnectionError", async () => {
    const def: OAuth2Definition = { grants: ["client_credentials"], tokenUrl: `http://127.0.0.1:${await deadPort()}/t`, bodyEncoding: "form", clientAuthentication: "none" };
    // Retried like any connection error (with short backoffs here), then thrown.
    await expect(requestToken(def, { grant: "client_credentials", clientId: "x", retry: { initialDelay: 10 } })).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe("static and function tokens", () => {
  it("sends a static bearer token", async () => {
    const server = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: { token: "static-1" } });
    await client.GET("/customers");
    expect(server.requests[0]!.headers.authorization).toBe("Bearer static-1");
  });

  it("asks a token function again with forceRefresh after a 401", async () => {
    const server = await startServer((req, res) => json(res, req.headers.authorization === "Bearer fresh" ? 200 : 401, {}));
    servers.push(server);
    const fn = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? "fresh" : "stale"));
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: fn });
    const { response } = await client.GET("/customers");
    expect(response.status).toBe(200);
    expect(fn.mock.calls.map(([ctx]) => ctx.forceRefresh)).toEqual([false, true]);
  });
});
