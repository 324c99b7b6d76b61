import { PaginationError } from "./errors.js";

/** Where a page starts: a next URL (link style), a cursor (header style) or a page number (page style). */
export type PagePosition = string | number;

export interface Page<T> {
  items: T[];
  /** The position this page was fetched from (undefined: the caller's initial request). */
  position: PagePosition | undefined;
  /** The following page's position; undefined on the last page. */
  next: PagePosition | undefined;
  response?: Response;
  data?: unknown;
}

export type FetchPage<T> = (position: PagePosition | undefined) => Promise<Page<T>>;

export interface PaginateOptions {
  /** Stop after this many items. */
  limit?: number;
  /** Start here instead of at the first page, e.g. a previous paginator's `resumeFrom`. */
  from?: PagePosition;
}

/**
 * Async iteration over items (`for await (const item of paginator)`) or pages (`paginator.pages()`).
 *
 * Termination: an empty page, a page without a next position, or `limit` items. A next position that was already
 * visited throws PaginationError rather than looping. `resumeFrom` is always a position from which a later run
 * continues without losing records (at-least-once: a page cut short by `limit`, or the last page, is fetched again).
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: FetchPage<T>;
  readonly #options: PaginateOptions;
  #resumeFrom: PagePosition | undefined;
  #started = false;

  constructor(fetchPage: FetchPage<T>, options: PaginateOptions = {}) {
    this.#fetchPage = fetchPage;
    this.#options = options;
    this.#resumeFrom = options.from;
  }

  get resumeFrom(): PagePosition | undefined {
    return this.#resumeFrom;
  }

  /** Pages as fetched; with `limit`, the last one holds only the items up to the limit. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    for await (const { page, take } of this.#walk()) yield take < page.items.length ? { ...page, items: page.items.slice(0, take) } : page;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const { page, take } of this.#walk()) {
      for (let i = 0; i < take; i++) yield page.items[i]!;
    }
  }

  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }

  async *#walk(): AsyncGenerator<{ page: Page<T>; take: number }, void, undefined> {
    if (this.#started) throw new PaginationError("A paginator can be iterated once; create a new one (pass resumeFrom to continue)");
    this.#started = true;
    const limit = this.#options.limit ?? Infinity;
    if (limit <= 0) return;
    const visited = new Set<PagePosition>();
    let position = this.#options.from;
    let count = 0;
    for (;;) {
      const page = await this.#fetchPage(position);
      // The first page only learns its own position (e.g. its URL) from the response.
      const pagePosition = page.position ?? position;
      if (pagePosition !== undefined) visited.add(pagePosition);
      // Until every item of this page has been handed out, a resume has to fetch this page again.
      this.#resumeFrom = pagePosition;
      if (page.items.length === 0) return;
      const take = Math.min(page.items.length, limit - count);
      yield { page, take };
      count += take;
      if (take < page.items.length) return;
      if (page.next === undefined) return;
      if (visited.has(page.next)) {
        throw new PaginationError("The server sent a next page position that was already visited; stopping instead of looping");
      }
      this.#resumeFrom = page.next;
      if (count >= limit) return;
      position = page.next;
    }
  }
}
