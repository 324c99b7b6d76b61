export const DEFAULT_TIMEOUT = 60_000;

export interface AttemptSignal {
  signal: AbortSignal | undefined;
  /** Which of our own limits fired, if any; a caller abort leaves this undefined. */
  expired(): "timeout" | "deadline" | undefined;
}

/**
 * One signal for an attempt: the caller's signal, the per-attempt timeout and the overall deadline.
 * AbortSignal.timeout keeps the reason distinct ("TimeoutError") and its timer does not hold the process open.
 */
export function attemptSignal(caller: AbortSignal | null, timeoutMs: number, deadline: AbortSignal | undefined): AttemptSignal {
  const timeout = Number.isFinite(timeoutMs) && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const parts: AbortSignal[] = [];
  if (caller) parts.push(caller);
  if (timeout) parts.push(timeout);
  if (deadline) parts.push(deadline);
  return {
    signal: parts.length <= 1 ? parts[0] : AbortSignal.any(parts),
    // The caller wins ties: an explicit abort must not be reported as our timeout.
    expired: () =>
      caller?.aborted ? undefined : deadline?.aborted ? "deadline" : timeout?.aborted ? "timeout" : undefined,
  };
}
