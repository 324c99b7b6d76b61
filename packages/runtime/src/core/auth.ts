import type { OAuth2Definition, VendorDefinition } from "../vendor.js";
import { AuthenticationError, ConnectionError, PartnerkitError, TimeoutError } from "./errors.js";
import type { LogFunction } from "./logger.js";
import { Redactor } from "./redact.js";
import { DEFAULT_RETRY, type ResolvedRetry, type RetryOptions, isRetryableStatus, resolveRetry, retryDelay, sleep } from "./retry.js";
import { AttemptLimit, DEFAULT_TIMEOUT } from "./timeout.js";

export interface AuthContext {
  signal?: AbortSignal | undefined;
}

/**
 * Pluggable authentication (in the spirit of Octokit's `authStrategy`): the client asks for an Authorization
 * header value before each request it sends to the API origin, and reports a 401 back once per request.
 */
export interface AuthStrategy {
  /** The Authorization header value, e.g. "Bearer abc"; undefined sends none. */
  authorize(ctx: AuthContext): string | undefined | Promise<string | undefined>;
  /** Called after a 401 for the value that was rejected. Resolve true to retry that request once. */
  unauthorized?(rejected: string | undefined, ctx: AuthContext): boolean | Promise<boolean>;
}

export type TokenFunction = (ctx: AuthContext & { forceRefresh: boolean }) => string | undefined | Promise<string | undefined>;

export function tokenAuth(token: string): AuthStrategy {
  const header = `Bearer ${token}`;
  return { authorize: () => header };
}

/** Calls `fn` for every request (cache inside it); after a 401 the next call gets `forceRefresh: true`. */
export function tokenFunctionAuth(fn: TokenFunction): AuthStrategy {
  let force = false;
  return {
    async authorize(ctx) {
      const forceRefresh = force;
      force = false;
      const token = await fn({ ...ctx, forceRefresh });
      return token ? `Bearer ${token}` : undefined;
    },
    unauthorized() {
      force = true;
      return true;
    },
  };
}

export type Grant = "refresh_token" | "client_credentials";

export interface TokenRequest {
  grant: Grant;
  /** Required unless the vendor's token endpoint takes no client authentication (clientAuthentication "none"). */
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  refreshToken?: string | undefined;
  scopes?: readonly string[] | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms; default the client's `timeout` (60 000). */
  timeout?: number | undefined;
  /** Retries of transient failures (408, 429, 5xx, connection errors, timeouts); default the client's `retry`. */
  retry?: RetryOptions | undefined;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  /** Seconds, as sent by the server. */
  expiresIn?: number;
  refreshToken?: string;
  scope?: string;
}

interface Internals {
  redactor?: Redactor | undefined;
  log?: LogFunction | undefined;
  /** The client's retry policy and per-attempt timeout, the defaults for token requests. */
  retry?: ResolvedRetry | undefined;
  timeout?: number | undefined;
}

/** Any 3xx, and what a browser's fetch makes of one with redirect "manual" (an opaque response with status 0). */
function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === "opaqueredirect";
}

/**
 * One token from the vendor's token endpoint, retrying transient failures (408, 429, 5xx, connection errors and
 * timeouts) like an API request, Retry-After included. Failures throw AuthenticationError (code "grant_rejected" for
 * a 400/401, which is never retried), ConnectionError or TimeoutError.
 */
export async function requestToken(def: OAuth2Definition, req: TokenRequest, internals: Internals = {}): Promise<TokenResponse> {
  const redactor = internals.redactor ?? new Redactor();
  redactor.add(req.clientSecret);
  redactor.addRecent(req.refreshToken);

  const fields: Record<string, string | string[]> = { grant_type: req.grant };
  const headers = new Headers({ accept: "application/json" });
  if (def.clientAuthentication !== "none" && !req.clientId) {
    throw new PartnerkitError("This token endpoint needs a clientId", { code: "invalid_configuration" });
  }
  if (def.clientAuthentication === "none") {
    // The vendor identifies the client by the refresh token alone (e.g. TD SYNNEX): send nothing else.
  } else if (def.clientAuthentication === "basic") {
    // btoa is safe here: percent-encoding leaves only ASCII. It also exists in browsers, unlike Buffer.
    const basic = btoa(`${encodeURIComponent(req.clientId!)}:${encodeURIComponent(req.clientSecret ?? "")}`);
    headers.set("authorization", `Basic ${basic}`);
    redactor.add(basic);
  } else {
    fields.client_id = req.clientId!;
    if (def.clientAuthentication === "body" && req.clientSecret !== undefined) fields.client_secret = req.clientSecret;
  }
  if (req.grant === "refresh_token") {
    if (!req.refreshToken) throw new PartnerkitError("refresh_token grant needs a refreshToken", { code: "invalid_configuration" });
    fields.refresh_token = req.refreshToken;
  }
  if (req.scopes?.length) {
    const { name, format } = def.scopeParameter ?? { name: "scope", format: "space" };
    fields[name] = format === "array" ? [...req.scopes] : req.scopes.join(" ");
  }

  let body: string;
  if (def.bodyEncoding === "json") {
    headers.set("content-type", "application/json");
    body = JSON.stringify(fields);
  } else {
    headers.set("content-type", "application/x-www-form-urlencoded");
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
    body = form.toString();
  }

  const url = redactor.url(def.tokenUrl);
  const fetch = req.fetch ?? globalThis.fetch;
  const timeout = req.timeout ?? internals.timeout ?? DEFAULT_TIMEOUT;
  const retry = resolveRetry(internals.retry ?? DEFAULT_RETRY, req.retry);
  const deadlineAt = retry.deadline !== undefined ? Date.now() + retry.deadline : Infinity;
  const log = internals.log;

  for (let attempt = 1; ; attempt++) {
    const limit = new AttemptLimit(req.signal, timeout, deadlineAt);
    const started = performance.now();
    let response: Response | undefined;
    let text = "";
    let failure: ConnectionError | TimeoutError | undefined;
    let expired: "timeout" | "deadline" | undefined;
    try {
      // "manual": a redirect from the token endpoint would re-send the client secret and refresh token to wherever
      // it points (fetch keeps the body on 307/308), and the token minted there would then be used. It is an error.
      response = await fetch(def.tokenUrl, { method: "POST", headers, body, signal: limit.signal, redirect: "manual" });
      if (isRedirect(response)) await response.body?.cancel();
      else text = await response.text();
    } catch (cause) {
      expired = limit.expired();
      if (!expired && req.signal?.aborted) throw cause;
      failure = expired
        ? new TimeoutError({ method: "POST", url, timeout: expired === "deadline" ? retry.deadline! : timeout, kind: expired, cause })
        : new ConnectionError({ method: "POST", url, cause, ...(response ? {} : { message: `Token request failed to connect: POST ${url}` }) });
    } finally {
      limit.release();
    }
    const status = failure ? undefined : response!.status;
    if (status !== undefined) {
      log?.(status < 300 ? "debug" : "warn", `token ${req.grant} ${status}`, {
        type: "token",
        method: "POST",
        url,
        attempt,
        status,
        durationMs: performance.now() - started,
      });
    }
    // Like an API request: 408, 429, 5xx, connection errors and per-attempt timeouts, but never past the deadline.
    // A refused grant (400/401) and redirects are final.
    const transient = failure ? expired !== "deadline" : isRetryableStatus(status!);
    if (transient && attempt <= retry.maxRetries) {
      const delay = retryDelay(attempt, retry, failure ? null : response!.headers.get("retry-after"));
      if (Date.now() + delay < deadlineAt) {
        log?.("info", `token ${req.grant} ${failure?.name ?? status}; retrying in ${Math.round(delay)} ms`, {
          type: "retry",
          method: "POST",
          url,
          attempt,
          ...(status === undefined ? {} : { status }),
          delayMs: delay,
        });
        await sleep(delay, req.signal);
        continue;
      }
    }
    if (failure) throw failure;
    return tokenFrom(response!, text, redactor, url);
  }
}

function tokenFrom(response: Response, text: string, redactor: Redactor, url: string): TokenResponse {
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Non-JSON error pages are kept as text.
  }
  const status = response.status;
  const fail = (detail?: string) =>
    new AuthenticationError({
      status,
      method: "POST",
      url,
      body: redactor.value(parsed),
      headers: redactor.safeHeaders(response.headers),
      // RFC 6749 answers a refused grant or client with 400 or 401: retrying cannot help, new credentials can.
      code: status === 400 || status === 401 ? "grant_rejected" : "authentication_failed",
      ...(detail ? { message: `Token request failed: ${status} POST ${url}: ${detail}` } : {}),
    });
  if (isRedirect(response)) {
    const location = response.headers.get("location");
    let target = "";
    try {
      if (location !== null) target = ` to ${redactor.url(new URL(location, response.url || undefined).href)}`;
    } catch {
      target = " to an invalid location";
    }
    throw fail(`the token endpoint redirects${target}; redirects are not followed for token requests`);
  }
  if (!response.ok) throw fail();
  const data = parsed as Record<string, unknown> | null;
  if (!data || typeof data !== "object" || typeof data.access_token !== "string" || !data.access_token) {
    throw fail("response has no access_token");
  }
  redactor.addRecent(data.access_token);
  const out: TokenResponse = { accessToken: data.access_token, tokenType: typeof data.token_type === "string" ? data.token_type : "Bearer" };
  const expiresIn = Number(data.expires_in);
  if (data.expires_in !== undefined && Number.isFinite(expiresIn)) out.expiresIn = expiresIn;
  if (typeof data.refresh_token === "string" && data.refresh_token) {
    redactor.addRecent(data.refresh_token);
    out.refreshToken = data.refresh_token;
  }
  if (typeof data.scope === "string") out.scope = data.scope;
  return out;
}

export interface OAuth2Options {
  /** Required unless the vendor's token endpoint takes no client authentication. */
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  scopes?: readonly string[];
  /**
   * The grant of the first token request. Default: refresh_token when a refreshToken is given and the vendor supports
   * it, else client_credentials. Later requests use refresh_token whenever a refresh token is held (given or returned
   * by the server) and the vendor supports it, else client_credentials.
   */
  grant?: Grant;
  /** Called with every new refresh token the server rotates in, so it can be persisted. */
  onRefreshToken?: (refreshToken: string) => void | Promise<void>;
  fetch?: typeof globalThis.fetch;
  /** Token request timeout in ms, per attempt. Default: the client's `timeout`. */
  timeout?: number;
  /** Retries of transient token-endpoint failures. Default: the client's `retry`. */
  retry?: RetryOptions;
  /** Refresh this many ms before expiry. Default: 10 % of the token lifetime, at most 30 s. */
  refreshSkew?: number;
}

/**
 * OAuth 2 token-endpoint strategy. Tokens are cached and refreshed shortly before `expires_in` runs out; concurrent
 * requests share one in-flight token request; a 401 invalidates the rejected token (once, however many requests saw it).
 * Renewals use the refresh token when one is held; if the server rejects it (400/401 invalid_grant) and a client
 * secret is configured, the strategy falls back to client_credentials.
 */
export function oauth2Auth(def: OAuth2Definition, options: OAuth2Options, internals: Internals = {}): AuthStrategy {
  // State lives in this closure, not on an object, which keeps credentials out of JSON.stringify and util.inspect.
  const redactor = internals.redactor ?? new Redactor();
  const tokenInternals = { ...internals, redactor };
  const log = internals.log;
  const grants = def.grants;
  let refreshToken = options.refreshToken;
  redactor.add(options.clientSecret);
  redactor.addRecent(refreshToken);
  /** The grant of the first token request only; see OAuth2Options.grant. */
  let firstGrant: Grant | undefined =
    options.grant ??
    (refreshToken && grants.includes("refresh_token") ? "refresh_token" : grants.includes("client_credentials") ? "client_credentials" : "refresh_token");
  if (!grants.includes(firstGrant)) {
    throw new PartnerkitError(`Grant ${firstGrant} is not supported by this vendor (supported: ${grants.join(", ")})`, {
      code: "invalid_configuration",
    });
  }
  if (firstGrant === "refresh_token" && !refreshToken) {
    throw new PartnerkitError("The refresh_token grant needs a refreshToken", { code: "invalid_configuration" });
  }
  let header: string | undefined;
  let refreshAt = 0;
  let pending: Promise<string> | undefined;

  const request = (grant: Grant) =>
    requestToken(
      def,
      {
        grant,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        refreshToken,
        scopes: options.scopes,
        fetch: options.fetch,
        timeout: options.timeout,
        retry: options.retry,
      },
      tokenInternals,
    );

  /** A refused refresh token can be replaced by client credentials, if there are any and the vendor takes them. */
  function canFallBack(grant: Grant, error: unknown): boolean {
    if (grant !== "refresh_token" || !(error instanceof AuthenticationError)) return false;
    if (error.status !== 400 && error.status !== 401) return false;
    const code = (error.body as { error?: unknown } | null | undefined)?.error;
    // invalid_grant is RFC 6749's answer for a revoked or expired refresh token; a body without an OAuth error
    // code is given the benefit of the doubt, since one extra token request costs little.
    if (typeof code === "string" && code !== "invalid_grant") return false;
    return options.clientSecret !== undefined && grants.includes("client_credentials");
  }

  async function fetchToken(): Promise<string> {
    // After the first request: refresh_token whenever one is held. The checks above made sure that one of the two
    // grants is supported, and a refresh token is only dropped (below) when client_credentials is.
    const grant = firstGrant ?? (refreshToken && grants.includes("refresh_token") ? "refresh_token" : "client_credentials");
    let token: TokenResponse;
    try {
      token = await request(grant);
    } catch (error) {
      if (!canFallBack(grant, error)) throw error;
      log?.("warn", "refresh token refused; requesting a new token with client credentials", { type: "token", status: (error as AuthenticationError).status });
      refreshToken = undefined;
      token = await request("client_credentials");
    }
    firstGrant = undefined;
    if (token.refreshToken && token.refreshToken !== refreshToken) {
      refreshToken = token.refreshToken;
      try {
        await options.onRefreshToken?.(token.refreshToken);
      } catch (error) {
        log?.("error", "onRefreshToken callback failed; the rotated refresh token is only kept in memory", {
          type: "token",
          error: error instanceof Error ? redactor.scrub(error.message) : "unknown error",
        });
      }
    }
    const lifetime = token.expiresIn !== undefined ? token.expiresIn * 1000 : Infinity;
    refreshAt = Date.now() + lifetime - (options.refreshSkew ?? Math.min(30_000, lifetime * 0.1));
    return (header = `Bearer ${token.accessToken}`);
  }

  // Single flight: whoever comes while a token request is running waits for the same one. The caller's signal
  // is deliberately not passed on, so one caller's abort cannot fail everyone else's token: each caller's wait
  // is bounded by the transport instead (their signal, timeout and deadline), and the shared request by its own
  // timeout and retry policy.
  const refresh = () =>
    (pending ??= fetchToken().finally(() => {
      pending = undefined;
    }));

  return {
    authorize: () => (header && Date.now() < refreshAt ? header : refresh()),
    async unauthorized(rejected) {
      if (pending) {
        await pending;
      } else if (rejected === header) {
        header = undefined;
        await refresh();
      }
      return true;
    },
  };
}

/** Credentials for the vendor's token endpoint (see VendorDefinition.auth). */
export type ClientCredentials = Omit<OAuth2Options, "fetch">;

/** What `auth` accepts in client options. */
export type AuthOption = AuthStrategy | TokenFunction | { token: string } | ClientCredentials;

/**
 * The credentials one vendor's token endpoint takes, from its generated OAuth2Definition (`typeof vendor.auth`):
 * no clientId/clientSecret where the endpoint takes no client authentication, a required refreshToken where
 * refresh_token is the only grant, and `scopes` limited to the scopes the vendor declares.
 */
export type ClientCredentialsFor<A extends OAuth2Definition> = Omit<ClientCredentials, "clientId" | "clientSecret" | "refreshToken" | "scopes" | "grant"> & {
  /** The grant of the first token request (see OAuth2Options.grant). */
  grant?: A["grants"][number];
  scopes?: readonly (A extends { scopes: readonly (infer S extends string)[] } ? S : string)[];
} & (A["clientAuthentication"] extends "none"
    ? { /** This vendor's token endpoint takes no client id. */ clientId?: never; /** This vendor's token endpoint takes no client secret. */ clientSecret?: never }
    : { clientId: string; clientSecret?: string }) &
  ("client_credentials" extends A["grants"][number] ? { refreshToken?: string } : { refreshToken: string });

/** A vendor's own `requestToken` request: its grants and scopes, and client credentials only where its endpoint takes them. */
export type TokenRequestFor<A extends OAuth2Definition> = Omit<TokenRequest, "grant" | "clientId" | "clientSecret" | "scopes"> & {
  grant: A["grants"][number];
  scopes?: readonly (A extends { scopes: readonly (infer S extends string)[] } ? S : string)[] | undefined;
} & (A["clientAuthentication"] extends "none"
    ? { clientId?: never; clientSecret?: never }
    : { clientId: string; clientSecret?: string | undefined });

/** What `auth` accepts for one vendor: as AuthOption, with credentials only where the vendor has a token endpoint. */
export type AuthOptionFor<A extends OAuth2Definition | undefined> =
  | AuthStrategy
  | TokenFunction
  | { token: string }
  | (A extends OAuth2Definition ? ClientCredentialsFor<A> : never);

export function resolveAuth(
  vendor: VendorDefinition,
  auth: AuthOption | undefined,
  internals: Internals & { fetch?: typeof globalThis.fetch | undefined },
): AuthStrategy | undefined {
  if (!auth) return undefined;
  if (typeof auth === "function") return tokenFunctionAuth(auth);
  if ("authorize" in auth) return auth;
  if ("token" in auth) {
    internals.redactor?.add(auth.token);
    return tokenAuth(auth.token);
  }
  if ("clientId" in auth || "refreshToken" in auth) {
    if (!vendor.auth) {
      throw new PartnerkitError(`${vendor.name} has no token endpoint; pass auth as { token } or a token function`, {
        code: "invalid_configuration",
      });
    }
    return oauth2Auth(vendor.auth, { ...auth, fetch: internals.fetch }, internals);
  }
  throw new PartnerkitError("Unrecognised auth option", { code: "invalid_configuration" });
}
