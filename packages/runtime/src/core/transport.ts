import type { AuthStrategy } from "./auth.js";
import { ConnectionError, TimeoutError } from "./errors.js";
import type { LogFunction } from "./logger.js";
import type { Redactor } from "./redact.js";
import { type ResolvedRetry, type RetryOptions, isIdempotent, isRetryableStatus, resolveRetry, retryDelay, sleep } from "./retry.js";
import { attemptSignal } from "./timeout.js";

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

const ALWAYS_CREDENTIAL = ["authorization", "proxy-authorization", "cookie"];

/**
 * The fetch handed to openapi-fetch: credentials, retries with backoff and a per-attempt timeout, below any
 * middleware so that each retry re-runs only the network part.
 */
export function createTransport(cfg: TransportConfig): (request: Request) => Promise<Response> {
  const prefixes = cfg.trustedOrigins.map((o) => `${o}/`);
  const credentialHeaders = [...ALWAYS_CREDENTIAL, ...cfg.headers.filter((h) => h.credential).map((h) => h.name.toLowerCase())];
  let lastAuth: string | undefined;

  return async function partnerkitFetch(request: Request): Promise<Response> {
    const extras = request as Request & RequestExtras;
    const retry = resolveRetry(cfg.retry, extras.retry);
    const timeout = extras.timeout ?? cfg.timeout;
    const method = request.method;
    // request.url is already normalised by the URL parser, so a prefix test on "origin/" is an exact origin match.
    const trusted = prefixes.some((p) => request.url.startsWith(p));

    for (const h of cfg.headers) if (trusted || !h.credential) request.headers.set(h.name, h.value);
    if (!trusted) for (const name of credentialHeaders) request.headers.delete(name);

    const retryable = retry.maxRetries > 0 && (isIdempotent(method) || retry.retryNonIdempotent);
    if (retryable && !isIdempotent(method) && cfg.idempotencyKeyHeader && !request.headers.has(cfg.idempotencyKeyHeader)) {
      // One key for all attempts: that is what lets the server deduplicate.
      request.headers.set(cfg.idempotencyKeyHeader, crypto.randomUUID());
    }
    const canReauth = trusted && !!cfg.auth?.unauthorized;
    // Only a request that might be sent twice needs its body buffered; GETs have none anyway.
    const body = request.body !== null && (retryable || canReauth) ? await request.arrayBuffer() : undefined;

    const deadline = retry.deadline !== undefined ? AbortSignal.timeout(retry.deadline) : undefined;
    const deadlineAt = retry.deadline !== undefined ? Date.now() + retry.deadline : Infinity;
    const caller = request.signal;
    let reauthed = false;

    for (let attempt = 1; ; attempt++) {
      let authorization: string | undefined;
      if (trusted && cfg.auth) {
        authorization = await cfg.auth.authorize({ signal: caller });
        if (authorization) {
          if (authorization !== lastAuth) {
            lastAuth = authorization;
            cfg.redactor.add(authorization);
            cfg.redactor.add(authorization.slice(authorization.indexOf(" ") + 1));
          }
          request.headers.set("authorization", authorization);
        } else request.headers.delete("authorization");
      }

      const limit = attemptSignal(caller, timeout, deadline);
      const init: RequestInit = { signal: limit.signal ?? null };
      if (body !== undefined) init.body = body;
      const started = cfg.log ? performance.now() : 0;
      if (cfg.log) logRequest(cfg, request, attempt);

      let response: Response;
      try {
        response = await cfg.fetch(new Request(request, init));
      } catch (cause) {
        const expired = limit.expired();
        const url = cfg.redactor.url(request.url);
        if (!expired && caller.aborted) throw cause;
        const error =
          expired !== undefined
            ? new TimeoutError({ method, url, timeout: expired === "deadline" ? retry.deadline! : timeout, kind: expired, cause })
            : new ConnectionError({ method, url, cause: cause });
        const delay = expired === "deadline" || attempt > retry.maxRetries || !retryable ? -1 : retryDelay(attempt, retry, null);
        if (delay < 0 || Date.now() + delay >= deadlineAt) {
          cfg.log?.("error", error.message, { type: "error", method, url, attempt, error: error.name });
          throw error;
        }
        cfg.log?.("warn", `${error.name}; retrying in ${Math.round(delay)} ms`, { type: "retry", method, url, attempt, delayMs: delay });
        await sleep(delay, caller);
        continue;
      }

      if (cfg.log) logResponse(cfg, request, response, attempt, started);

      if (response.status === 401 && canReauth && !reauthed) {
        reauthed = true;
        if (await cfg.auth!.unauthorized!(authorization, { signal: caller })) {
          await discard(response);
          attempt--; // a re-authentication is not one of the caller's retries
          continue;
        }
      }
      if (!retryable || attempt > retry.maxRetries || !isRetryableStatus(response.status)) return response;
      const delay = retryDelay(attempt, retry, response.headers.get("retry-after"));
      if (Date.now() + delay >= deadlineAt) return response;
      await discard(response);
      cfg.log?.("info", `${response.status}; retrying in ${Math.round(delay)} ms`, {
        type: "retry",
        method,
        url: cfg.redactor.url(request.url),
        attempt,
        status: response.status,
        delayMs: delay,
      });
      await sleep(delay, caller);
    }
  };
}

async function discard(response: Response): Promise<void> {
  // Frees the connection for reuse; failures here are irrelevant because the response is thrown away.
  try {
    await response.body?.cancel();
  } catch {
    /* ignore */
  }
}

function logRequest(cfg: TransportConfig, request: Request, attempt: number): void {
  cfg.log!("debug", `→ ${request.method} ${cfg.redactor.url(request.url)}`, {
    type: "request",
    method: request.method,
    url: cfg.redactor.url(request.url),
    attempt,
    headers: cfg.redactor.headers(request.headers),
  });
}

function logResponse(cfg: TransportConfig, request: Request, response: Response, attempt: number, started: number): void {
  const requestId = cfg.requestIdHeader ? (response.headers.get(cfg.requestIdHeader) ?? undefined) : undefined;
  cfg.log!(response.ok ? "debug" : "warn", `← ${response.status} ${request.method} ${cfg.redactor.url(request.url)}`, {
    type: "response",
    method: request.method,
    url: cfg.redactor.url(request.url),
    attempt,
    status: response.status,
    durationMs: performance.now() - started,
    requestId,
    headers: cfg.redactor.headers(response.headers),
  });
}
