// Client-credentials auth against a local token endpoint and API (node:http on 127.0.0.1, port 0), because Prism
// accepts any bearer token and cannot show which grant, scopes or how many token requests the client sent.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createStreamPartnerClient, type ApiClient, type paths } from "../src/index.js";

interface TokenCall {
  contentType: string | undefined;
  body: Record<string, unknown>;
}

const clientId = "0f3c2a8e-5b71-4d2e-9a64-7c1e2d9b8f10";
const clientSecret = "sk_test_never_sent_to_the_api";

let server: Server;
let baseUrl: string;
let tokenCalls: TokenCall[];
let apiAuthorizations: string[];
let apiRequestDump: string[];
let issued: Set<string>;
let tokenDelayMs: number;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (req.method === "POST" && req.url === "/oauth/token") {
      const body = await readJson(req);
      tokenCalls.push({ contentType: req.headers["content-type"], body });
      const n = tokenCalls.length;
      await new Promise((r) => setTimeout(r, tokenDelayMs));
      issued.add(`at-${n}`);
      // The vendor's 201 shape, with its example lifetimes.
      send(201, { access_token: `at-${n}`, token_type: "bearer", refresh_token: `rt-${n}`, expires_in: 3600, refresh_token_expires_in: 7200, scopes: body.scopes });
      return;
    }
    apiRequestDump.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    const authorization = req.headers.authorization ?? "";
    apiAuthorizations.push(authorization);
    if (!issued.has(authorization.replace(/^Bearer /, ""))) return send(401, { error: "unauthorized", message: "Access token is missing or expired." });
    send(200, { _id: "65f1c0a2b3d4e5f6a7b8c9a1", org_id: "65f1c0a2b3d4e5f6a7b8c901", type: "pos", status: "active" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  tokenCalls = [];
  apiAuthorizations = [];
  apiRequestDump = [];
  issued = new Set();
  tokenDelayMs = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

const readStatus = (client: ApiClient<paths>) =>
  client.GET("/onboarding/integrations/{id}", { params: { path: { id: "65f1c0a2b3d4e5f6a7b8c9a1" } } });

/**
 * A client configured as users configure it. The token URL is not passed: the runtime derives it from `baseUrl`,
 * because the vendor's tokenUrl sits on the placeholder default host. `localOnly` keeps every request, including the
 * token request, off the network: a request anywhere but the local server fails the test instead of a DNS lookup.
 */
function clientWithCredentials() {
  const localOnly: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${baseUrl}/`)) throw new TypeError(`test refused a request to ${url}`);
    return fetch(input, init);
  };
  return createStreamPartnerClient({
    baseUrl,
    fetch: localOnly,
    auth: { clientId, clientSecret, scopes: ["onboarding", "sso"] },
    retry: { maxRetries: 0 },
  });
}

describe("client-credentials auth: auth: { clientId, clientSecret, scopes }", () => {
  it("requests a token from <baseUrl>/oauth/token: JSON body, credentials in the body, scopes as a JSON array named `scopes`", async () => {
    const result = await readStatus(clientWithCredentials());
    expect(result.response.status).toBe(200);
    expect(result.data?.status).toBe("active");
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.contentType).toMatch(/^application\/json/);
    expect(tokenCalls[0]!.body).toEqual({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret, scopes: ["onboarding", "sso"] });
    expect(apiAuthorizations).toEqual(["Bearer at-1"]);
  });

  it("100 concurrent calls share one token request", async () => {
    tokenDelayMs = 50;
    const client = clientWithCredentials();
    const results = await Promise.all(Array.from({ length: 100 }, () => readStatus(client)));
    expect(results.map((r) => r.response.status)).toEqual(Array(100).fill(200));
    expect(tokenCalls).toHaveLength(1);
    expect(new Set(apiAuthorizations)).toEqual(new Set(["Bearer at-1"]));
  });

  it("reuses the token until it expires", async () => {
    const client = clientWithCredentials();
    await readStatus(client);
    await readStatus(client);
    expect(tokenCalls).toHaveLength(1);
    expect(apiAuthorizations).toEqual(["Bearer at-1", "Bearer at-1"]);
  });

  it("a token the API rejects (401) is renewed once and the call retried", async () => {
    const client = clientWithCredentials();
    await readStatus(client);
    issued.delete("at-1"); // revoked on the server side
    const result = await readStatus(client);
    expect(result.response.status).toBe(200);
    expect(tokenCalls).toHaveLength(2);
    expect(apiAuthorizations).toEqual(["Bearer at-1", "Bearer at-1", "Bearer at-2"]);
  });

  it("never sends the client secret to the API", async () => {
    await readStatus(clientWithCredentials());
    expect(apiRequestDump).toHaveLength(1);
    expect(apiRequestDump.join("\n")).not.toContain(clientSecret);
  });

  // A client that started with client_credentials must renew with the refresh token the server returned.
  it("after expiry, renews with the refresh_token grant and the refresh token the server returned", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const client = clientWithCredentials();
    await readStatus(client);
    vi.setSystemTime(Date.now() + 3_600_000);
    const result = await readStatus(client);
    expect(result.response.status).toBe(200);
    expect(tokenCalls.map((c) => c.body.grant_type)).toEqual(["client_credentials", "refresh_token"]);
    // The seed marks client_id and client_secret required for both grants.
    expect(tokenCalls[1]!.body).toMatchObject({ grant_type: "refresh_token", refresh_token: "rt-1", client_id: clientId, client_secret: clientSecret });
    expect(apiAuthorizations).toEqual(["Bearer at-1", "Bearer at-2"]);
  });
});
