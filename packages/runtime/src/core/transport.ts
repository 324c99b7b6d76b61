import type { AuthContext, AuthStrategy } from "./auth.js";
import { ConnectionError, InvalidRequestError, InvalidResponseError, RateLimitError, TimeoutError } from "./errors.js";
import type { LogFunction } from "./logger.js";
import { REDACTED, type Redactor, isSensitiveName } from "./redact.js";
import { type ResolvedRetry, type RetryOptions, isIdempotent, isRetryableStatus, parseRetryAfter, resolveRetry, retryDelay, sleep } from "./retry.js";
import { AttemptLimit } from "./timeout.js";

/** Per-request options. openapi-fetch copies unknown init keys onto the Request, which is how they reach the transport. */
export interface RequestExtras {
  retry?: RetryOptions;
  /** Per-attempt timeout in ms. */
  timeout?: number;
}

export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  /** Origins that may receive credentials: the API's and the token endpoint's. */
  trustedOrigins: readonly string[];
  auth: AuthStrategy | undefined;
  /** Headers from vendor options (apiVersion, tenantId…). */
  headers: readonly { name: string; value: string; credential: boolean }[];
  retry: ResolvedRetry;
  timeout: number;
  idempotencyKeyHeader: string | undefined;
  requestIdHeader: string | undefined;
  redactor: Redactor;
  log: LogFunction | undefined;
}

/**
 * Per-call state shared by the client and the transport. It rides on the Request under CALL_STATE, the way
 * RequestExtras do (openapi-fetch copies unknown init keys onto the Request).
 */
export interface CallState {
  /** openapi-fetch's parseAs. The transport reads the body of a final response unless it is "stream". */
  parseAs: string;
  /** Set by the transport: the response it returned and the first bytes of its body (for InvalidResponseError). */
  response?: Response;
  head?: Uint8Array;
}
export const CALL_STATE = "partnerkitCall";

const ALWAYS_CREDENTIAL = new Set(["authorization", "proxy-authorization", "cookie"]);
/**
 * Header names that carry credentials by convention: X-Api-Key, Api-Key, apikey, X-Auth-Token, X-Access-Token,
 * Ocp-Apim-Subscription-Key, X-Client-Secret, Private-Token, X-Session-Id, X-Hub-Signature, X-Amz-Security-Token…
 * Broad on purpose: dropping a harmless header on another origin costs nothing, sending a key there costs a rotation.
 */
const CREDENTIAL_NAME = /auth|cookie|token|secret|passw|key|session|signature|credential/i;
// Not secrets, and the server needs them: the idempotency key must survive a redirect for deduplication to work.
const NOT_CREDENTIAL = new Set(["idempotency-key"]);

/** Whether a header name carries credentials by convention (the vendor's declared credential headers come on top). */
export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return ALWAYS_CREDENTIAL.has(lower) || (CREDENTIAL_NAME.test(lower) && !NOT_CREDENTIAL.has(lower));
}

// How much of a body is kept for InvalidResponseError's excerpt. Far more than the 200 characters shown, so that a
// secret which starts inside the excerpt is whole in the kept text and gets scrubbed.
const EXCERPT_BYTES = 4096;
const EXCERPT_CHARS = 200;
const COMMON_REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id"];

/** The vendor's request id from a response (falls back to common header names). */
export function getRequestId(response: Response, header?: string): string | undefined {
  if (header) return response.headers.get(header) ?? undefined;
  for (const name of COMMON_REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}
/** Same bound as far as APIs go; the fetch standard allows 20, no API needs more than a couple. */
export const MAX_REDIRECTS = 5;
// Dropped together with the body when a redirect turns the request into a GET (fetch standard, "request-body-header name").
const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];

// The attempt's timer stays armed while the body is read; the client releases it once openapi-fetch has parsed the
// body. The limit rides on the Response under a symbol: a WeakMap did the same but its ephemerons cost GC time.
const LIMIT = Symbol("partnerkit.attemptLimit");
type WithLimit = Response & { [LIMIT]?: AttemptLimit };

/** Stops the per-attempt timer of a response that the transport returned; a no-op for any other response. */
export function releaseResponse(response: Response): void {
  (response as WithLimit)[LIMIT]?.release();
}

/** A failure of the network exchange itself (as opposed to auth or configuration errors), which may be retried. */
class NetworkFailure {
  constructor(readonly cause: unknown) {}
}

/**
 * The fetch handed to openapi-fetch: credentials, redirects, retries with backoff and a per-attempt timeout, below
 * any middleware so that each retry re-runs only the network part.
 */
export function createTransport(cfg: TransportConfig): (request: Request) => Promise<Response> {
  const prefixes = cfg.trustedOrigins.map((o) => `${o}/`);
  const declared = new Set([...ALWAYS_CREDENTIAL, ...cfg.headers.filter((h) => h.credential).map((h) => h.name.toLowerCase())]);
  const notCredential = new Set(NOT_CREDENTIAL);
  if (cfg.idempotencyKeyHeader) notCredential.add(cfg.idempotencyKeyHeader.toLowerCase());
  let lastAuth: string | undefined;

  /** Removes every credential-like header (Headers iterates names in lower case). */
  function stripCredentials(headers: Headers): void {
    const names: string[] = [];
    headers.forEach((_value, name) => {
      if (declared.has(name) || (isCredentialHeader(name) && !notCredential.has(name))) names.push(name);
    });
    for (const name of names) headers.delete(name);
  }

  // A URL from Request.url or URL.href is normalised, so a prefix test on "origin/" is an exact origin match.
  function isTrusted(url: string): boolean {
    for (const p of prefixes) if (url.startsWith(p)) return true;
    return false;
  }

  // A cached token comes back as a plain string; returning it without a promise saves an allocation and a
  // microtask turn per request.
  function authorize(ctx: AuthContext): string | undefined | Promise<string | undefined> {
    const value = cfg.auth!.authorize(ctx);
    return value == null || typeof value === "string" ? remember(value ?? undefined) : value.then(remember);
  }

  function remember(value: string | undefined): string | undefined {
    if (value && value !== lastAuth) {
      // Headers would throw a TypeError that quotes the whole token.
      if (/[\0\r\n]|[^\0-\xff]/.test(value)) {
        throw new InvalidRequestError({
          location: "header",
          parameter: "Authorization",
          message: "The auth strategy returned a token that cannot be sent in a header (CR, LF, NUL or a character above U+00FF)",
        });
      }
      lastAuth = value;
      // Bounded: a token function may mint a new token for every request. The redactor drops the "Bearer " scheme.
      cfg.redactor.addRecent(value);
    }
    return value;
  }

  /**
   * Waits for the auth strategy (a token, or a renewal after a 401) within the attempt's limit. The caller's abort, the
   * timeout and the deadline end this request's wait only: the token request itself may be shared by other requests
   * and runs on under its own timeout. Releases the limit when the wait fails.
   */
  async function waitForAuth<T>(value: T | Promise<T>, limit: AttemptLimit, method: string, url: string, retry: ResolvedRetry, timeout: number): Promise<T> {
    try {
      return await limit.race(Promise.resolve(value));
    } catch (error) {
      limit.release();
      const expired = limit.expired();
      if (expired === undefined || error !== limit.signal.reason) throw error;
      throw new TimeoutError({ method, url: cfg.redactor.url(url), timeout: expired === "deadline" ? retry.deadline! : timeout, kind: expired, cause: error });
    }
  }

  /** The RateLimitError for a Retry-After beyond `retry.maxRetryDelay`; reads the (error) body and releases the limit. */
  async function rateLimited(response: Response, limit: AttemptLimit, method: string, hopUrl: string, retry: ResolvedRetry): Promise<RateLimitError> {
    let body: unknown;
    try {
      const text = await response.text();
      try {
        body = JSON.parse(text);
      } catch {
        body = text || undefined;
      }
    } catch {
      // The status and Retry-After are what matter; a body that cannot be read is left out.
    }
    limit.release();
    const safeUrl = cfg.redactor.url(response.url || hopUrl);
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    const requestId = getRequestId(response, cfg.requestIdHeader);
    const message =
      `${response.status} ${method} ${safeUrl}: the server asks to retry after ${Math.round(retryAfter! / 1000)} s, ` +
      `longer than retry.maxRetryDelay (${retry.maxRetryDelay} ms)` +
      (requestId ? ` (request id ${requestId})` : "");
    cfg.log?.("warn", message, { type: "error", method, url: safeUrl, status: response.status, requestId, error: "RateLimitError" });
    return new RateLimitError({
      status: response.status,
      method,
      url: safeUrl,
      requestId,
      body: cfg.redactor.value(body),
      headers: cfg.redactor.safeHeaders(response.headers),
      retryAfter,
      message,
    });
  }

  /** Headers for a redirect hop: credentials only if the hop's origin is trusted. */
  function hopHeaders(base: Headers, trusted: boolean, authorization: string | undefined, dropBody: boolean): Headers {
    const headers = new Headers(base);
    if (trusted) {
      for (const h of cfg.headers) headers.set(h.name, h.value);
      if (authorization) headers.set("authorization", authorization);
    } else {
      stripCredentials(headers);
    }
    if (dropBody) for (const name of BODY_HEADERS) headers.delete(name);
    return headers;
  }

  return async function partnerkitFetch(request: Request): Promise<Response> {
    const extras = request as Request & RequestExtras;
    const retry = extras.retry === undefined ? cfg.retry : resolveRetry(cfg.retry, extras.retry);
    const timeout = extras.timeout ?? cfg.timeout;
    const method = request.method;
    const url = request.url;
    const headers = request.headers;
    const trusted = isTrusted(url);

    for (const h of cfg.headers) if (trusted || !h.credential) headers.set(h.name, h.value);
    if (!trusted) stripCredentials(headers);
    const state = (request as Request & { [CALL_STATE]?: CallState })[CALL_STATE];

    const retryable = retry.maxRetries > 0 && (isIdempotent(method) || retry.retryNonIdempotent);
    if (retryable && !isIdempotent(method) && cfg.idempotencyKeyHeader && !headers.has(cfg.idempotencyKeyHeader)) {
      // One key for all attempts: that is what lets the server deduplicate.
      headers.set(cfg.idempotencyKeyHeader, crypto.randomUUID());
    }
    // A request with a body may be sent again (retry, re-authentication, 307/308 redirect), so it is read once up front.
    // GETs have no body and skip this.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const deadlineAt = retry.deadline !== undefined ? Date.now() + retry.deadline : Infinity;
    const caller = request.signal;
    // The strategy sees the attempt's signal (caller, timeout and deadline together), so a token function can stop.
    const ctx: AuthContext = { signal: caller };
    let reauthed = false;

    /** A failed exchange, before or while reading the body: throws the typed error, or waits for the next attempt. */
    async function recover(cause: unknown, limit: AttemptLimit | undefined, hopUrl: string, attempt: number): Promise<void> {
      const expired = limit?.expired();
      const safeUrl = cfg.redactor.url(hopUrl);
      if (!expired && caller.aborted) throw cause;
      const failure =
        expired !== undefined
          ? new TimeoutError({ method, url: safeUrl, timeout: expired === "deadline" ? retry.deadline! : timeout, kind: expired, cause })
          : new ConnectionError({ method, url: safeUrl, cause });
      const delay = expired === "deadline" || attempt > retry.maxRetries || !retryable ? -1 : retryDelay(attempt, retry, null);
      if (delay < 0 || Date.now() + delay >= deadlineAt) {
        cfg.log?.("error", failure.message, { type: "error", method, url: safeUrl, attempt, error: failure.name });
        throw failure;
      }
      cfg.log?.("warn", `${failure.name}; retrying in ${Math.round(delay)} ms`, { type: "retry", method, url: safeUrl, attempt, delayMs: delay });
      await sleep(delay, caller);
    }

    for (let attempt = 1; ; attempt++) {
      let limit: AttemptLimit | undefined;
      let hopUrl = url;
      let hopTrusted = trusted;
      let hopMethod = method;
      let hopBody = body;
      let authorization: string | undefined;
      let response: Response;
      try {
        for (let hop = 0; ; hop++) {
          let init: RequestInit;
          // Started before the token is fetched: waiting for a token counts against the attempt's timeout and the
          // deadline, and ends when the caller aborts.
          if (limit === undefined) {
            limit = new AttemptLimit(caller, timeout, deadlineAt);
            ctx.signal = limit.signal;
          }
          if (hop === 0) {
            if (trusted && cfg.auth) {
              const value = authorize(ctx);
              authorization = typeof value === "object" ? await waitForAuth(value, limit, method, hopUrl, retry, timeout) : value;
              if (authorization) headers.set("authorization", authorization);
              else headers.delete("authorization");
            }
            init = { redirect: "manual" };
          } else {
            if (hopTrusted && cfg.auth && authorization === undefined) authorization = await waitForAuth(authorize(ctx), limit, method, hopUrl, retry, timeout);
            init = { method: hopMethod, headers: hopHeaders(headers, hopTrusted, authorization, hopBody === undefined && body !== undefined), redirect: "manual" };
          }
          init.signal = limit.signal;
          if (hopBody !== undefined) init.body = hopBody;
          const started = cfg.log ? performance.now() : 0;
          if (cfg.log) logRequest(cfg, hopMethod, hopUrl, (init.headers as Headers | undefined) ?? headers, attempt);
          try {
            response = await cfg.fetch(hop === 0 ? request : hopUrl, init);
          } catch (cause) {
            throw new NetworkFailure(cause);
          }
          if (cfg.log) logResponse(cfg, hopMethod, hopUrl, response, attempt, started);

          const status = response.status;
          if (!isRedirect(status) || request.redirect === "manual") break;
          const location = response.headers.get("location");
          if (location === null) break;
          await discard(response);
          const next = redirectTarget(location, hopUrl, hop, request.redirect, hopMethod, cfg.redactor);
          hopUrl = next.href;
          hopTrusted = isTrusted(hopUrl);
          // 303 (and 301/302 after a POST) become a GET without a body; 307/308 keep the method and body.
          if (status === 303 ? hopMethod !== "GET" && hopMethod !== "HEAD" : (status === 301 || status === 302) && hopMethod === "POST") {
            hopMethod = "GET";
            hopBody = undefined;
          }
          if (!hopTrusted) authorization = undefined;
        }
      } catch (error) {
        limit?.release();
        if (!(error instanceof NetworkFailure)) throw error;
        await recover(error.cause, limit, hopUrl, attempt);
        continue;
      }

      if (response.status === 401 && hopTrusted && cfg.auth?.unauthorized && !reauthed) {
        reauthed = true;
        const again = await waitForAuth(cfg.auth.unauthorized(authorization, ctx), limit!, method, hopUrl, retry, timeout).catch(async (error: unknown) => {
          await discard(response);
          throw error;
        });
        if (again) {
          limit!.release();
          await discard(response);
          attempt--; // a re-authentication is not one of the caller's retries
          continue;
        }
      }
      const final = !retryable || attempt > retry.maxRetries || !isRetryableStatus(response.status);
      const delay = final ? 0 : retryDelay(attempt, retry, response.headers.get("retry-after"));
      // The server wants a longer wait than the policy allows: a retry before its time would only be refused again.
      if (delay === Infinity) throw await rateLimited(response, limit!, method, hopUrl, retry);
      if (final || Date.now() + delay >= deadlineAt) {
        if (state === undefined || state.parseAs === "stream" || response.body === null) {
          // The caller reads the body (or nobody does): the timer runs until the client releases it.
          (response as WithLimit)[LIMIT] = limit;
          if (state) state.response = response;
          return response;
        }
        // The body is read here, inside the attempt, so that a connection cut or a stall while it arrives is handled
        // like a failure before the headers: a ConnectionError or TimeoutError, retried where the request may be.
        let bytes: ArrayBuffer;
        try {
          bytes = await response.arrayBuffer();
        } catch (cause) {
          limit!.release();
          await recover(cause, limit, hopUrl, attempt);
          continue;
        }
        limit!.release();
        const buffered = buffer(response, bytes);
        state.head = new Uint8Array(bytes, 0, Math.min(EXCERPT_BYTES, bytes.byteLength));
        state.response = buffered;
        return buffered;
      }
      limit!.release();
      await discard(response);
      cfg.log?.("info", `${response.status}; retrying in ${Math.round(delay)} ms`, {
        type: "retry",
        method,
        url: cfg.redactor.url(url),
        attempt,
        status: response.status,
        delayMs: delay,
      });
      await sleep(delay, caller);
    }
  };
}

/**
 * The response again, with the body that was read. Cheaper than reading a clone (measured: a tee costs more CPU per
 * request than one more Response). The constructor cannot take a URL, and the client and pagination need it.
 */
function buffer(response: Response, bytes: ArrayBuffer): Response {
  const buffered = new Response(bytes, response);
  Object.defineProperty(buffered, "url", { value: response.url, enumerable: true });
  return buffered;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Where a redirect points, or a ConnectionError when it must not be followed (like fetch's network error). */
function redirectTarget(location: string, from: string, hop: number, mode: RequestRedirect, method: string, redactor: Redactor): URL {
  const fail = (reason: string) => new ConnectionError({ method, url: redactor.url(from), message: `${reason}: ${method} ${redactor.url(from)}` });
  if (mode === "error") throw fail('Redirect refused (redirect: "error")');
  if (hop + 1 > MAX_REDIRECTS) throw fail(`More than ${MAX_REDIRECTS} redirects`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw fail("Redirect to an invalid Location");
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") throw fail("Redirect to a non-HTTP URL");
  return next;
}

async function discard(response: Response): Promise<void> {
  // Frees the connection for reuse; failures here are irrelevant because the response is thrown away.
  try {
    await response.body?.cancel();
  } catch {
    /* ignore */
  }
}

function logRequest(cfg: TransportConfig, method: string, url: string, headers: Headers, attempt: number): void {
  const safeUrl = cfg.redactor.url(url);
  cfg.log!("debug", `→ ${method} ${safeUrl}`, { type: "request", method, url: safeUrl, attempt, headers: cfg.redactor.headers(headers) });
}

function logResponse(cfg: TransportConfig, method: string, url: string, response: Response, attempt: number, started: number): void {
  const requestId = cfg.requestIdHeader ? (response.headers.get(cfg.requestIdHeader) ?? undefined) : undefined;
  const safeUrl = cfg.redactor.url(url);
  cfg.log!(response.ok ? "debug" : "warn", `← ${response.status} ${method} ${safeUrl}`, {
    type: "response",
    method,
    url: safeUrl,
    attempt,
    status: response.status,
    durationMs: performance.now() - started,
    requestId,
    headers: cfg.redactor.headers(response.headers),
  });
}

/** The first EXCERPT_CHARS characters of a body, whitespace collapsed, sensitive JSON fields and known secrets masked. */
function excerptOf(head: Uint8Array | undefined, redactor: Redactor): string {
  if (!head?.length) return "";
  let text = new TextDecoder().decode(head).replace(/\s+/g, " ").trim();
  // A malformed body cannot be parsed and masked by key like an error body; "name": "value" pairs are masked here.
  text = text.replace(/"([^"\\]{1,64})"\s*:\s*"(?:[^"\\]|\\.)*(?:"|$)/g, (pair, key: string) => (isSensitiveName(key) ? `"${key}": "${REDACTED}"` : pair));
  // Scrubbed before it is cut, so that a cut cannot leave the start of a known secret behind.
  text = redactor.scrub(text);
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

const JSON_TYPE = /^application\/(?:[^;\s]+\+)?json\s*(?:;|$)/i;

/**
 * After openapi-fetch parsed a 2xx body as JSON (parseAs "json"): the InvalidResponseError for a body that failed to
 * parse (`parseError`), or for an empty body with a JSON content type; undefined when the result is fine.
 */
export function invalidResponse(
  state: CallState,
  method: string,
  outcome: { parseError: unknown } | { data: unknown; response: Response },
  redactor: Redactor,
  requestIdHeader: string | undefined,
): InvalidResponseError | undefined {
  if (state.parseAs !== "json") return undefined;
  let response: Response | undefined;
  let reason: string;
  if ("parseError" in outcome) {
    response = state.response;
    if (!response?.ok || !(outcome.parseError instanceof SyntaxError)) return undefined;
    reason = "Body is not valid JSON";
  } else {
    response = outcome.response;
    const type = response.headers.get("content-type");
    if (!response.ok || outcome.data !== undefined || response.status === 204 || method === "HEAD" || !type || !JSON_TYPE.test(type)) return undefined;
    reason = "Empty body with a JSON content type";
  }
  return new InvalidResponseError({
    status: response.status,
    method,
    url: redactor.url(response.url),
    requestId: getRequestId(response, requestIdHeader),
    excerpt: excerptOf(state.head, redactor),
    reason,
    headers: redactor.safeHeaders(response.headers),
  });
}
