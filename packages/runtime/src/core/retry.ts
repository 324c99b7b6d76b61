export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry, in ms; doubles per retry. Default 500. */
  initialDelay?: number;
  /** Cap for the computed backoff, in ms. Default 8 000. */
  maxDelay?: number;
  /**
   * The longest Retry-After the client waits for, in ms. Default 60 000. A longer one fails the call at once with a
   * RateLimitError carrying the server's value: retrying before the server's time would only be refused again.
   */
  maxRetryDelay?: number;
  /** Also retry POST/PATCH (with an idempotency key where the vendor supports one). Default false. */
  retryNonIdempotent?: boolean;
  /** Overall budget in ms for all attempts and waits together. Default none. */
  deadline?: number;
}

export type ResolvedRetry = Required<Omit<RetryOptions, "deadline">> & { deadline: number | undefined };

export const DEFAULT_RETRY: ResolvedRetry = Object.freeze({
  maxRetries: 2,
  initialDelay: 500,
  maxDelay: 8_000,
  maxRetryDelay: 60_000,
  retryNonIdempotent: false,
  deadline: undefined,
});

export function resolveRetry(base: ResolvedRetry, override: RetryOptions | undefined): ResolvedRetry {
  if (!override) return base;
  const out = { ...base };
  for (const key of Object.keys(override) as (keyof RetryOptions)[]) {
    if (override[key] !== undefined) (out as Record<string, unknown>)[key] = override[key];
  }
  return out;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}

/** 408, 429 and 5xx, except 501 (Not Implemented) and 505 (HTTP Version Not Supported), which a retry cannot fix. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

// RFC 9110 §10.2.3: delay-seconds is 1*DIGIT (no sign, no fraction; a fraction is tolerated here because some
// servers send one). The HTTP-date forms are matched by shape first: Date.parse alone accepts almost anything
// ("-5" is the year -5, which would mean "retry now" to every client at once).
const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/** Retry-After as ms (delay-seconds or HTTP-date); undefined when absent, negative or unparsable. A past date is 0. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (DELAY_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE.test(trimmed)) return undefined;
  // asctime carries no zone and Date.parse would read it as local time; HTTP dates are always GMT.
  const date = Date.parse(trimmed.endsWith("GMT") ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (1-based): the server's Retry-After if usable, else exponential backoff with
 * jitter. `Infinity` when the server asks for more than `maxRetryDelay` (the caller then gives up instead of waiting).
 */
export function retryDelay(retry: number, options: ResolvedRetry, retryAfter: string | null): number {
  const fromServer = parseRetryAfter(retryAfter);
  if (fromServer !== undefined) return fromServer > options.maxRetryDelay ? Infinity : fromServer;
  const base = Math.min(options.initialDelay * 2 ** (retry - 1), options.maxDelay);
  // Up to 25 % below the base spreads out clients that failed together without shortening waits much.
  return base * (1 - Math.random() * 0.25);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
