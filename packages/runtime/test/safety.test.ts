import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  type LogEvent,
  MissingPathParameterError,
  NotFoundError,
  PaginationError,
  createApiClient,
  requestToken,
} from "../src/index.js";
import { json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const SECRET = "SENTINEL-client-secret-7f3a";
const REFRESH = "SENTINEL-refresh-token-91bc";
const ACCESS = "SENTINEL-access-token-c0de";
const TENANT = "SENTINEL-tenant-5e5e";
const SENTINELS = [SECRET, REFRESH, ACCESS, TENANT];

function expectClean(text: string) {
  for (const s of SENTINELS) expect(text).not.toContain(s);
}

describe("credentials only go to the API origin", () => {
  it("refuses a cross-origin Link next and never contacts the other origin", async () => {
    const evil = await startServer((_req, res) => json(res, 200, [{ id: "x", at: "t" }]));
    const api = await startServer((_req, res) =>
      json(res, 200, [{ id: "e1", at: "t1" }], { link: `<${evil.url}/events?afterId=e1>; rel="next"` }),
    );
    servers.push(evil, api);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), { auth: { token: ACCESS }, tenantId: TENANT });
    const seen: string[] = [];
    const paginator = client.paginate("/events");
    const error = await (async () => {
      for await (const event of paginator) seen.push(event.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(seen).toEqual(["e1"]);
    expect(evil.requests).toHaveLength(0);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${ACCESS}`);
    expect(api.requests[0]!.headers["x-tenant-id"]).toBe(TENANT);
  });

  it("strips Authorization and credential headers from any request to another origin", async () => {
    const api = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    const other = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    servers.push(api, other);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), {
      auth: { token: ACCESS },
      apiVersion: "2024-01",
      tenantId: TENANT,
      headers: { Cookie: "session=abc" },
    });
    await client.GET("/customers");
    await client.GET("/customers", { baseUrl: other.url, headers: { Authorization: `Bearer ${ACCESS}` } });
    expect(api.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${ACCESS}`, "x-tenant-id": TENANT, "x-api-version": "2024-01" });
    const leaked = other.requests[0]!.headers;
    expect(leaked.authorization).toBeUndefined();
    expect(leaked.cookie).toBeUndefined();
    expect(leaked["x-tenant-id"]).toBeUndefined();
    expect(leaked["x-api-version"]).toBe("2024-01"); // not a credential
  });

  it("localhost and 127.0.0.1 are different origins", async () => {
    const api = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    servers.push(api);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), { auth: { token: ACCESS } });
    await client.GET("/customers", { baseUrl: api.url.replace("127.0.0.1", "localhost") });
    expect(api.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe("secrets never appear in errors or logs", () => {
  it("token endpoint errors that echo credentials are scrubbed", async () => {
    const server = await startServer((req, res) =>
      // A careless server echoing everything it got, in free text and under sensitive keys.
      json(res, 400, { error: "invalid_grant", error_description: `bad request: ${req.body}`, refresh_token: REFRESH, echo: req.headers }),
    );
    servers.push(server);
    const logs: string[] = [];
    const vendor = makeVendor({
      defaultBaseUrl: server.url,
      auth: { grants: ["refresh_token"], tokenUrl: `${server.url}/token`, bodyEncoding: "form", clientAuthentication: "body" },
    });
    const client = createApiClient<paths>(vendor, {
      auth: { clientId: "cid", clientSecret: SECRET, refreshToken: REFRESH },
      tenantId: TENANT,
      logger: (level, message, event) => logs.push(`${level} ${message} ${JSON.stringify(event)}`),
    });
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const err = error as AuthenticationError;
    expect(err.message).toContain("REDACTED");
    for (const text of [err.message, String(err), JSON.stringify(err), inspect(err, { depth: 10 }), err.stack ?? "", logs.join("\n")]) {
      expectClean(text);
    }
    expect(server.requests[0]!.body).toContain(SECRET); // it really was sent, to the token endpoint only
  });

  it("API errors, logs and the strategy itself do not reveal access tokens or credential headers", async () => {
    const server = await startServer((req, res) =>
      json(res, 404, { code: "not_found", message: `no such customer for ${req.headers.authorization} in ${req.headers["x-tenant-id"]}` }),
    );
    servers.push(server);
    const events: LogEvent[] = [];
    const messages: string[] = [];
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), {
      auth: { token: ACCESS },
      tenantId: TENANT,
      throwOnError: true,
      logger: {
        debug: (m, e) => (messages.push(m), events.push(e)),
        warn: (m, e) => (messages.push(m), events.push(e)),
      },
    });
    const error = await client.GET("/customers/{id}", { params: { path: { id: "42" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const err = error as NotFoundError<{ message: string }>;
    expect(err.body?.message).toBe("no such customer for Bearer [REDACTED] in [REDACTED]");
    for (const text of [err.message, String(err), JSON.stringify(err), inspect(err, { depth: 10 }), JSON.stringify(events), messages.join("\n"), inspect(client, { depth: 6 })]) {
      expectClean(text);
    }
    expect(events.map((e) => e.type)).toEqual(["request", "response"]);
    expect(events[0]!.headers).toMatchObject({ authorization: "[REDACTED]", "x-tenant-id": "[REDACTED]" });
  });

  it("requestToken errors used standalone are scrubbed too", async () => {
    const server = await startServer((req, res) => json(res, 401, { error: "invalid_client", error_description: req.body }));
    servers.push(server);
    const error = await requestToken(
      { grants: ["client_credentials"], tokenUrl: `${server.url}/t`, bodyEncoding: "json", clientAuthentication: "body" },
      { grant: "client_credentials", clientId: "cid", clientSecret: SECRET },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expectClean(JSON.stringify(error) + String(error) + inspect(error));
  });
});

describe("path parameters", () => {
  it("a missing path parameter fails before anything is sent", async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    // @ts-expect-error params.path.id is required by the types; at runtime we still guard against it
    const missing = await client.GET("/customers/{id}", { params: { path: {} } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MissingPathParameterError);
    expect((missing as Error).message).toBe('Missing path parameter "id" for GET /customers/{id} (pass it in params.path)');
    const empty = await client.GET("/customers/{id}", { params: { path: { id: "" } } }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(MissingPathParameterError);
    expect(server.requests).toHaveLength(0);
  });
});
