// The token request is inside the trust boundary: it follows no redirect, retries only what is transient, and each
// caller's wait for a token ends with that caller's abort, timeout or deadline (issue 11, items 1-3).
// The waits below are ordered by construction (a token endpoint that holds its answer until the test releases it),
// not measured against the wall clock, so they hold on a loaded machine.
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  type LogEvent,
  type OAuth2Definition,
  TimeoutError,
  createApiClient,
  requestToken,
} from "../src/index.js";
import { type Recorded, json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const SECRET = "SENTINEL-client-secret-3d9f";
const REFRESH = "SENTINEL-refresh-token-77aa";

type TokenHandler = (req: Recorded, res: import("node:http").ServerResponse, n: number) => void | Promise<void>;

/** An API server and a token endpoint on separate origins; the token endpoint's behaviour per request is `token`. */
async function setup(token: TokenHandler, grants: OAuth2Definition["grants"] = ["client_credentials", "refresh_token"]) {
  let n = 0;
  const tokenServer = await startServer((req, res) => token(req, res, ++n));
  const api = await startServer((_req, res) => json(res, 200, { customers: [], totalCount: 0 }));
  servers.push(tokenServer, api);
  const auth: OAuth2Definition = { grants, tokenUrl: `${tokenServer.url}/oauth/token`, bodyEncoding: "form", clientAuthentication: "body" };
  return { tokenServer, api, vendor: makeVendor({ defaultBaseUrl: api.url, auth }), def: auth };
}

const issue = (res: import("node:http").ServerResponse, n: number) => json(res, 200, { access_token: `tok-${n}`, token_type: "bearer", expires_in: 3600 });

/** A promise the test resolves by hand: lets a server hold its answer for as long as the test needs. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Settles with the call's outcome, or "still waiting" if it has not settled after `ms` (a guard, not a measurement). */
async function outcome<T>(call: Promise<T>, ms = 5000): Promise<T | unknown | "still waiting"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<"still waiting">((resolve) => (timer = setTimeout(resolve, ms, "still waiting")));
  try {
    return await Promise.race([call.catch((e: unknown) => e), guard]);
  } finally {
    clearTimeout(timer);
  }
}

describe("the token request never follows a redirect", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} from the token endpoint is an AuthenticationError naming the status; the target receives nothing`, async () => {
      const target = await startServer((_req, res) => json(res, 200, { access_token: "minted-elsewhere", token_type: "bearer" }));
      servers.push(target);
      const { tokenServer, api, vendor } = await setup((_req, res) => {
        res.writeHead(status, { location: `${target.url}/steal` });
        res.end();
      });
      const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET, refreshToken: REFRESH }, retry: { initialDelay: 10 } });
      const error = await client.GET("/customers").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status, method: "POST", code: "authentication_failed" });
      expect((error as Error).message).toContain(`${status} POST`);
      expect((error as Error).message).toContain("redirect");
      expect((error as Error).message).toContain(`${target.url}/steal`);
      expect((error as Error).message).not.toContain(SECRET);
      expect(target.requests).toHaveLength(0);
      expect(tokenServer.requests).toHaveLength(1); // not retried either
      expect(api.requests).toHaveLength(0);
    });
  }

  it("requestToken used on its own refuses a 307 the same way", async () => {
    const target = await startServer((_req, res) => json(res, 200, { access_token: "minted-elsewhere" }));
    servers.push(target);
    const { def } = await setup((_req, res) => {
      res.writeHead(307, { location: `${target.url}/token` });
      res.end();
    });
    const error = await requestToken(def, { grant: "refresh_token", clientId: "cid", clientSecret: SECRET, refreshToken: REFRESH }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 307 });
    expect(target.requests).toHaveLength(0);
  });
});

describe("transient token-endpoint failures are retried, refused grants are not", () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`a ${status} is retried with the client's retry policy`, async () => {
      const { tokenServer, api, vendor } = await setup((_req, res, n) => (n === 1 ? json(res, status, { error: "temporarily_unavailable" }) : issue(res, n)));
      const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10 } });
      const { response } = await client.GET("/customers");
      expect(response.status).toBe(200);
      expect(tokenServer.requests).toHaveLength(2);
      expect(api.requests[0]!.headers.authorization).toBe("Bearer tok-2");
    });
  }

  it("a dropped connection is retried", async () => {
    const { tokenServer, vendor } = await setup((_req, res, n) => (n === 1 ? void res.socket?.destroy() : issue(res, n)));
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10 } });
    expect((await client.GET("/customers")).response.status).toBe(200);
    expect(tokenServer.requests).toHaveLength(2);
  });

  it("honours the token endpoint's Retry-After", async () => {
    const { tokenServer, vendor } = await setup((_req, res, n) => (n === 1 ? json(res, 429, { error: "slow_down" }, { "retry-after": "1" }) : issue(res, n)));
    const events: LogEvent[] = [];
    const client = createApiClient<paths>(vendor, {
      auth: { clientId: "cid", clientSecret: SECRET },
      retry: { initialDelay: 10 },
      logger: (_level, _message, event) => void events.push(event),
    });
    expect((await client.GET("/customers")).response.status).toBe(200);
    expect(events.filter((e) => e.type === "retry").map((e) => e.delayMs)).toEqual([1000]); // the server's, not the 10 ms backoff
    // Timers never fire early, so a lower bound holds however busy the machine is.
    expect(tokenServer.requests[1]!.at - tokenServer.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("gives up after maxRetries with code authentication_failed", async () => {
    const { tokenServer, vendor } = await setup((_req, res) => json(res, 503, { error: "temporarily_unavailable" }));
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10, maxRetries: 2 } });
    const error = await client.GET("/customers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 503, code: "authentication_failed" });
    expect(tokenServer.requests).toHaveLength(3);
  });

  it("a Retry-After beyond maxRetryDelay is not waited for: the AuthenticationError comes at once", async () => {
    const { tokenServer, vendor } = await setup((_req, res) => json(res, 429, { error: "slow_down" }, { "retry-after": "120" }));
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10 } });
    const error = await outcome(client.GET("/customers"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 429, code: "authentication_failed" });
    expect(tokenServer.requests).toHaveLength(1);
  });

  it("the retry deadline bounds the token request's retries too", async () => {
    const { tokenServer, vendor } = await setup((_req, res) => json(res, 503, { error: "temporarily_unavailable" }, { "retry-after": "1" }));
    // The deadline is set for token requests only (auth.retry takes the same path as the client's retry): with it on
    // the client, the caller's own wait could hit it first on a slow machine, which is the next describe's subject.
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET, retry: { deadline: 300 } } });
    const error = await outcome(client.GET("/customers"));
    expect(error).toBeInstanceOf(AuthenticationError); // waiting 1 s would overrun the 300 ms deadline
    expect(error).toMatchObject({ status: 503 });
    expect(tokenServer.requests).toHaveLength(1);
  });

  for (const status of [403, 404, 501, 505]) {
    it(`a ${status} is not retried`, async () => {
      const { tokenServer, vendor } = await setup((_req, res) => json(res, status, { error: "nope" }));
      const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10 } });
      await expect(client.GET("/customers")).rejects.toMatchObject({ name: "AuthenticationError", status, code: "authentication_failed" });
      expect(tokenServer.requests).toHaveLength(1);
    });
  }

  for (const [status, body] of [
    [400, { error: "invalid_grant", error_description: "refresh token revoked" }],
    [401, { error: "invalid_client" }],
  ] as const) {
    it(`a ${status} ${body.error} is not retried and has code grant_rejected`, async () => {
      const { tokenServer, api, vendor } = await setup((_req, res) => json(res, status, body), ["refresh_token"]);
      const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", refreshToken: REFRESH }, retry: { initialDelay: 10 } });
      const error = await client.GET("/customers").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status, code: "grant_rejected", body: { error: body.error } });
      expect(tokenServer.requests).toHaveLength(1);
      expect(api.requests).toHaveLength(0);
    });
  }

  it("one 503 from the token endpoint does not fail 100 concurrent callers, who still share one token request", async () => {
    const { tokenServer, api, vendor } = await setup(async (_req, res, n) => {
      await new Promise((r) => setTimeout(r, 30)); // all 100 callers arrive while the first request is out
      if (n === 1) return json(res, 503, { error: "temporarily_unavailable" });
      issue(res, n);
    });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, retry: { initialDelay: 10 } });
    const results = await Promise.all(Array.from({ length: 100 }, () => client.GET("/customers").catch((e: unknown) => e)));
    expect(results.map((r) => (r as { response?: Response }).response?.status)).toEqual(Array(100).fill(200));
    expect(tokenServer.requests).toHaveLength(2); // the shared request and its one retry
    expect(new Set(api.requests.map((r) => r.headers.authorization))).toEqual(new Set(["Bearer tok-2"]));
  }, 60_000); // 100 concurrent calls: 0.7 s idle, 5 s measured on a loaded 2-core machine
});

describe("waiting for a token honours the caller's signal, timeout and deadline", () => {
  /** A token endpoint that holds every answer until `held.open()`. */
  async function heldTokenEndpoint() {
    const held = gate();
    const env = await setup(async (_req, res, n) => {
      await held.opened;
      issue(res, n);
    });
    const client = createApiClient<paths>(env.vendor, { auth: { clientId: "cid", clientSecret: SECRET } });
    return { ...env, held, client };
  }

  it("an abort at 200 ms ends the call while the token request is still out; the others still get the token", async () => {
    const { client, held, tokenServer, api } = await heldTokenEndpoint();
    const controller = new AbortController();
    const waiting = client.GET("/customers"); // a second caller that does not abort
    setTimeout(() => controller.abort(), 200);
    const aborted = await outcome(client.GET("/customers", { signal: controller.signal }));
    expect(aborted).not.toBe("still waiting");
    expect((aborted as Error).name).toBe("AbortError");
    expect(api.requests).toHaveLength(0);
    held.open();
    expect((await waiting).response.status).toBe(200);
    expect(tokenServer.requests).toHaveLength(1);
  });

  it("the per-request timeout bounds the wait", async () => {
    const { client, held } = await heldTokenEndpoint();
    const error = await outcome(client.GET("/customers", { timeout: 200, retry: { maxRetries: 0 } }));
    held.open();
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: 200, method: "GET" });
  });

  it("retry.deadline bounds the wait", async () => {
    const { client, held } = await heldTokenEndpoint();
    const error = await outcome(client.GET("/customers", { retry: { deadline: 200 } }));
    held.open();
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^Retry deadline of 200 ms exceeded/);
  });

  it("the shared token request has the client's timeout by default, and a timed-out one is retried", async () => {
    // The first token request is never answered; only the client's 1 s timeout can end it. (More retries than needed:
    // on a loaded machine a later attempt may time out too, and is then retried in turn.)
    const { tokenServer, vendor } = await setup(async (_req, res, n) => {
      if (n === 1) return new Promise<void>(() => {});
      issue(res, n);
    });
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET }, timeout: 1000, retry: { initialDelay: 10, maxRetries: 5 } });
    const result = await outcome(client.GET("/customers", { timeout: 60_000 }), 15_000);
    expect((result as { response?: Response }).response?.status).toBe(200);
    expect(tokenServer.requests.length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it("auth.timeout and auth.retry override the client's for the token request", async () => {
    const { vendor, tokenServer } = await setup(() => new Promise<void>(() => {}));
    const client = createApiClient<paths>(vendor, { auth: { clientId: "cid", clientSecret: SECRET, timeout: 200, retry: { maxRetries: 0 } }, timeout: 30_000 });
    const error = await outcome(client.GET("/customers"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: "POST", timeout: 200 }); // the token request's own TimeoutError
    expect(tokenServer.requests).toHaveLength(1); // the client's policy would have retried twice
  });

  it("a token function gets the attempt's signal, which the per-request timeout aborts", async () => {
    const { api } = await setup((_req, res, n) => issue(res, n));
    let reason: unknown;
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: api.url }), {
      auth: ({ signal }) =>
        new Promise<string>((_resolve, reject) =>
          signal!.addEventListener("abort", () => {
            reason = signal!.reason;
            reject(signal!.reason);
          }),
        ),
    });
    const error = await outcome(client.GET("/customers", { timeout: 200, retry: { maxRetries: 0 } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((reason as Error).name).toBe("TimeoutError");
    expect(api.requests).toHaveLength(0);
  });
});
