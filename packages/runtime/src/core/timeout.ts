export const DEFAULT_TIMEOUT = 60_000;

// setTimeout treats larger delays as 1 ms; a limit this far out is no limit.
const MAX_TIMER = 2 ** 31 - 1;

/**
 * The signal for one attempt: it follows the caller's signal and fires at the per-attempt timeout or the overall
 * deadline, whichever comes first. One AbortController and at most one timer per attempt: AbortSignal.timeout plus
 * AbortSignal.any cost two more signals and weak-reference bookkeeping on every request, which showed up in profiles.
 *
 * The timer keeps running until `release()`, so a timeout still applies while the response body is read. A limit
 * that is never released fires once and is then garbage; its timer is unref'd and does not hold the process open.
 */
export class AttemptLimit {
  readonly signal: AbortSignal;
  readonly #controller: AbortController;
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #expired: "timeout" | "deadline" | undefined;

  constructor(caller: AbortSignal | null | undefined, timeoutMs: number, deadlineAt = Infinity) {
    this.#controller = new AbortController();
    this.signal = this.#controller.signal;
    if (caller?.aborted) {
      this.#controller.abort(caller.reason);
    } else if (caller) {
      this.#caller = caller;
      // The limit is its own listener (handleEvent), which saves a closure per request.
      caller.addEventListener("abort", this);
    }
    const untilDeadline = deadlineAt - Date.now();
    const perAttempt = Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : Infinity;
    const ms = Math.min(perAttempt, untilDeadline);
    if (ms <= MAX_TIMER) {
      this.#timer = setTimeout(fire, Math.max(0, ms), this, untilDeadline <= perAttempt ? "deadline" : "timeout");
      this.#timer.unref();
    }
  }

  /** Which of our own limits fired, if any. The caller wins ties: their abort is never reported as our timeout. */
  expired(): "timeout" | "deadline" | undefined {
    return this.#caller?.aborted ? undefined : this.#expired;
  }

  /**
   * Settles like `promise`, or rejects with the signal's reason as soon as this limit fires or the caller aborts.
   * Only the wait ends: `promise` keeps running, because it may be shared (one token request for many callers), and
   * its rejection still counts as handled.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal.aborted) {
      promise.catch(() => {});
      return Promise.reject(signal.reason);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  /** Stops the timer and stops following the caller; call once the attempt's response is no longer read. */
  release(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this);
  }

  handleEvent(): void {
    this.release();
    this.#controller.abort(this.#caller!.reason);
  }

  /** @internal */
  expire(kind: "timeout" | "deadline"): void {
    this.#expired = kind;
    this.#caller?.removeEventListener("abort", this);
    // Same reason AbortSignal.timeout would give, so code that checks for a "TimeoutError" DOMException still works.
    this.#controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
  }
}

function fire(limit: AttemptLimit, kind: "timeout" | "deadline"): void {
  limit.expire(kind);
}
