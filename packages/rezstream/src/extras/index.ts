// Hand-written helpers for rezStream, re-exported from the package entry.
import type { MediaType, PaginateMethod } from "@partnerkit/runtime";
import type { components, paths } from "../generated/schema.js";
import type { vendor } from "../generated/vendor.js";

/** The forward-only cursor endpoints: records in ascending update order, walked with afterAt/afterId. */
export type UpdatesPath = "/reservations/updated" | "/rates/reserved/updated";

export type UpdatedRecord<P extends UpdatesPath> = P extends "/reservations/updated"
  ? components["schemas"]["Reservation"]
  : components["schemas"]["ReservedRate"];

/**
 * Where a poller stands: plain JSON to store between runs. Independent of the base URL and page size, unlike the
 * next-link URL it is taken from, so a stored checkpoint survives a configuration change.
 */
export interface UpdatesCheckpoint {
  /** The walk's fixed lower bound (UTC ISO 8601), e.g. when the integration started. */
  from: string;
  afterAt?: string;
  afterId?: string;
}

const operationIds = { "/reservations/updated": "listReservationsUpdated", "/rates/reserved/updated": "listReservedRatesUpdated" } as const;

/**
 * One polling run: hands every record updated since `checkpoint` to `onRecord`, oldest update first, and resolves
 * to the checkpoint for the next run. Store it only after the run resolves; if `onRecord` throws, the run rejects
 * and the previous checkpoint still covers everything not yet handled.
 *
 * Delivery is at least once: a record updated again reappears with its new update time, and when the vendor sends
 * no next link on the last page, that page is read again on the next run. Make `onRecord` idempotent (e.g. keyed on
 * `id` plus `updatedAt` or `version`).
 */
export async function pollUpdates<P extends UpdatesPath>(
  client: { paginate: PaginateMethod<paths, MediaType, typeof vendor.operations> },
  path: P,
  checkpoint: UpdatesCheckpoint,
  onRecord: (record: UpdatedRecord<P>) => unknown,
  options: { pageSize?: number } = {},
): Promise<UpdatesCheckpoint> {
  const query: Record<string, string | number> = { from: checkpoint.from };
  // The cursor is a pair; half of one would silently restart the walk at `from`.
  if (checkpoint.afterAt && checkpoint.afterId) Object.assign(query, { afterAt: checkpoint.afterAt, afterId: checkpoint.afterId });
  if (options.pageSize !== undefined) query.limit = options.pageSize;

  // The query is assembled at run time, so this call takes the loose by-operationId form with the record type given.
  const untyped = client as unknown as { paginate: PaginateMethod<paths, MediaType> };
  const paginator = untyped.paginate<UpdatedRecord<P>>(operationIds[path], { params: { query } });
  for await (const record of paginator) await onRecord(record);
  return paginator.resumeFrom === undefined ? checkpoint : checkpointOf(String(paginator.resumeFrom), checkpoint.from);
}

/** The checkpoint a next-link (or page) URL stands for. */
export function checkpointOf(url: string, from: string): UpdatesCheckpoint {
  const q = new URL(url).searchParams;
  const afterAt = q.get("afterAt");
  const afterId = q.get("afterId");
  return { from: q.get("from") ?? from, ...(afterAt && afterId ? { afterAt, afterId } : {}) };
}
