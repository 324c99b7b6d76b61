export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry, in ms; doubles per retry. Default 500. */
  initialDelay?: number;
  /** Cap for the computed backoff, in ms. Default 8 000. */
  maxDelay?: number;
  /** Cap for a server's Retry-After, in ms. Default 60 000. */
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

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Retry-After as ms (delta-seconds or HTTP-date); undefined when absent or unparsable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Delay before retry number `retry` (1-based): the server's Retry-After if given, else full-jitter-ish backoff. */
export function retryDelay(retry: number, options: ResolvedRetry, retryAfter: string | null): number {
  const fromServer = parseRetryAfter(retryAfter);
  if (fromServer !== undefined) return Math.min(fromServer, options.maxRetryDelay);
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
