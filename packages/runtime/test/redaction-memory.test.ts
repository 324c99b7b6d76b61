// The redactor holds a bounded set of secrets, recognises them in their wire encodings, and errors keep no raw
// credential header anywhere util.inspect can reach (issue 11, item 12).
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthenticationError, NotFoundError, REDACTED, Redactor, createApiClient } from "../src/index.js";
import { RECENT_SECRETS } from "../src/core/redact.js";
import { type TestServer, json, makeVendor, type paths, startServer } from "./helpers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

// Characters that percent-encoding, form encoding and JSON each write differently, and a non-ASCII one.
const SECRET = 'SENTINEL+secret/with=special&chars "ü" 7f3a';
const TENANT = "SENTINEL-tenant-5e5e";

/** Every way SECRET can appear on the wire. */
function encodings(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
}

describe("the redactor holds a bounded set", () => {
  /** The client's redactor is internal; recording the instance that add/addRecent run on reveals it. */
  function watchRedactors(): Set<Redactor> {
    const instances = new Set<Redactor>();
    for (const method of ["add", "addRecent"] as const) {
      const original = Redactor.prototype[method];
      vi.spyOn(Redactor.prototype, method).mockImplementation(function (this: Redactor, secret) {
        instances.add(this);
        return original.call(this, secret);
      });
    }
    return instances;
  }

  async function mintPerRequest(baseUrl: string, requests: number, fetch?: typeof globalThis.fetch) {
    const instances = watchRedactors();
    let minted = 0;
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: baseUrl }), {
      auth: async () => `minted-token-${++minted}-${crypto.randomUUID()}`,
      tenantId: TENANT,
      ...(fetch ? { fetch } : {}),
    });
    const seen: string[] = [];
    for (let done = 0; done < requests; done += 100) {
      const results = await Promise.all(Array.from({ length: 100 }, () => client.GET("/customers")));
      expect(results.every((r) => r.response.status === 200)).toBe(true);
    }
    expect(minted).toBe(requests);
    expect(instances.size).toBe(1);
    return [...instances][0]!;
  }

  it("a token function minting a token per request: after 2,000 tokens the client's redactor holds the tenant id and the recent tokens", async () => {
    // In-process answers through the client's `fetch` option, because the count of requests is what matters here:
    // 2,000 calls take about 1 s on an idle machine and 10 s on a loaded one (10,000 took 40 s there). The redactor
    // itself takes 10,000 tokens below, and the next test runs this path over real HTTP.
    let last = "";
    const fetch: typeof globalThis.fetch = async (input) => {
      last = (input as Request).headers.get("authorization")!;
      return Response.json({ customers: [], totalCount: 0 });
    };
    const redactor = await mintPerRequest("http://127.0.0.1:9", 2_000, fetch);
    // Before the bound it held every token twice (with and without "Bearer "): 4,001 entries.
    expect(redactor.size).toBeLessThanOrEqual(1 + RECENT_SECRETS);
    expect(redactor.scrub(`echo ${last} ${TENANT}`)).toBe(`echo Bearer ${REDACTED} ${REDACTED}`);
  }, 60_000);

  it("the same over HTTP: 300 tokens minted against a local server leave at most RECENT_SECRETS of them held", async () => {
    const server = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
    servers.push(server);
    const redactor = await mintPerRequest(server.url, 300);
    expect(redactor.size).toBeLessThanOrEqual(1 + RECENT_SECRETS);
    expect(redactor.scrub(server.requests.at(-1)!.headers.authorization!)).toBe(`Bearer ${REDACTED}`);
  }, 60_000);

  it("10,000 tokens added as the transport adds them: configured secrets kept for good, RECENT_SECRETS changing ones, re-added ones refreshed", () => {
    const redactor = new Redactor();
    redactor.add("configured-secret");
    redactor.addRecent("still-in-use-token");
    for (let i = 0; i < 10_000; i++) {
      redactor.addRecent(`Bearer token-${i}`);
      if (i % 10 === 0) redactor.addRecent("still-in-use-token");
    }
    expect(redactor.size).toBe(1 + RECENT_SECRETS);
    expect(redactor.scrub("configured-secret still-in-use-token token-9999 token-0")).toBe(`${REDACTED} ${REDACTED} ${REDACTED} token-0`);
  });
});

describe("every secret is redacted in its encoded forms", () => {
  it("percent-encoded, form-encoded, JSON-escaped, and inside base64 at any offset (HTTP Basic id:secret)", () => {
    const redactor = new Redactor();
    redactor.add(SECRET);
    for (const form of encodings(SECRET)) expect(redactor.scrub(`x ${form} y`)).toBe(`x ${REDACTED} y`);
    for (const id of ["", "a", "id", "cid", "client-id", "üser"]) {
      for (const secret of [SECRET, encodeURIComponent(SECRET)]) {
        const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${id}:${secret}`)));
        const scrubbed = redactor.scrub(`Basic ${basic}`);
        // What is left around the mask encodes "id:" and at most one partial character of the secret at each end
        // (the characters before the mask are those that hold any bit of "id:").
        const before = Math.ceil((8 * (new TextEncoder().encode(id).length + 1)) / 6);
        expect(scrubbed).toMatch(new RegExp(`^Basic [A-Za-z0-9+/]{${before}}\\[REDACTED\\][A-Za-z0-9+/]?=*$`));
      }
    }
  });

  it("a token endpoint echoing the form-encoded body and the Basic header: nothing of the secret or refresh token survives", async () => {
    const REFRESH = "SENTINEL refresh+token/ü";
    const server = await startServer((req, res) =>
      json(res, 400, { error: "invalid_request", error_description: `got ${req.body} with ${req.headers.authorization}` }),
    );
    servers.push(server);
    const vendor = makeVendor({
      defaultBaseUrl: server.url,
      auth: { grants: ["refresh_token"], tokenUrl: `${server.url}/token`, bodyEncoding: "form", clientAuthentication: "basic" },
    });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET, refreshToken: REFRESH } });
    const error = (await client.GET("/customers").catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    const text = [error.message, JSON.stringify(error), inspect(error, { showHidden: true, depth: 10 })].join("\n");
    expect(text).toContain(REDACTED);
    for (const form of [...encodings(SECRET), ...encodings(REFRESH)]) expect(text).not.toContain(form);
    expect(text).not.toContain(server.requests[0]!.headers.authorization!.slice("Basic ".length));
    expect(server.requests[0]!.body).toContain(new URLSearchParams({ refresh_token: REFRESH }).toString()); // it was sent, to the token endpoint
  });
});

describe("util.inspect(error, { showHidden: true, depth: 10 }) shows no raw credential header", () => {
  it("on an AuthenticationError whose response echoes credentials in its headers", async () => {
    const server = await startServer((req, res) =>
      json(res, 401, { error: "invalid_client" }, {
        "set-cookie": "session=SENTINEL-session-cookie",
        "x-echo-authorization": req.headers.authorization ?? "",
        "x-debug": `client secret was ${SECRET}`,
        "retry-after": "5",
      }),
    );
    servers.push(server);
    const vendor = makeVendor({
      defaultBaseUrl: server.url,
      auth: { grants: ["client_credentials"], tokenUrl: `${server.url}/token`, bodyEncoding: "form", clientAuthentication: "basic" },
    });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET } });
    const error = (await client.GET("/customers").catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    const shown = inspect(error, { showHidden: true, depth: 10 });
    expect(shown).not.toContain("SENTINEL");
    expect(shown).not.toContain(server.requests[0]!.headers.authorization!.slice("Basic ".length));
    // The headers stay useful: harmless ones are kept as sent.
    expect(error.headers!.get("retry-after")).toBe("5");
    expect(error.headers!.get("x-echo-authorization")).toBe(REDACTED);
  });

  it("on an API error whose response echoes the bearer token and a credential header", async () => {
    const ACCESS = "SENTINEL-access-token-c0de";
    const server = await startServer((req, res) =>
      json(res, 404, { code: "not_found", message: "no" }, {
        "set-cookie": "session=SENTINEL-session-cookie",
        "x-echo": `${req.headers.authorization} ${req.headers["x-tenant-id"]}`,
      }),
    );
    servers.push(server);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: { token: ACCESS }, tenantId: TENANT, throwOnError: true });
    const error = (await client.GET("/customers/{id}", { params: { path: { id: "1" } } }).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    const shown = inspect(error, { showHidden: true, depth: 10 });
    expect(shown).not.toContain("SENTINEL");
    expect(error.headers!.get("x-echo")).toBe(`Bearer ${REDACTED} ${REDACTED}`);
  });
});
