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

/** Default for PaginateOptions.maxPages. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface PaginateOptions {
  /** Stop after this many items. */
  limit?: number;
  /**
   * Fetch at most this many pages; one more next position then throws PaginationError (with `resumeFrom` pointing at
   * it) rather than ending quietly with part of the data. Default 10 000. `Infinity` removes the cap.
   */
  maxPages?: number;
  /** Start here instead of at the first page, e.g. a previous paginator's `resumeFrom`. */
  from?: PagePosition;
}

/**
 * Async iteration over items (`for await (const item of paginator)`) or pages (`paginator.pages()`).
 *
 * Termination: an empty page, a page without a next position, or `limit` items. Three things throw PaginationError
 * rather than looping: a next position that was already visited, a page whose items are the same as the previous
 * page's (a server that ignores the page parameter), and more than `maxPages` pages. `resumeFrom` is always a position from which a later run
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
    const maxPages = this.#options.maxPages ?? DEFAULT_MAX_PAGES;
    const visited = new Set<PagePosition>();
    let position = this.#options.from;
    let count = 0;
    let pages = 0;
    let previous: string | undefined;
    for (;;) {
      if (pages >= maxPages) {
        throw new PaginationError(`Stopped after ${maxPages} pages (maxPages); continue from resumeFrom or raise maxPages`);
      }
      const page = await this.#fetchPage(position);
      pages++;
      // The first page only learns its own position (e.g. its URL) from the response.
      const pagePosition = page.position ?? position;
      if (pagePosition !== undefined) visited.add(pagePosition);
      if (page.items.length === 0) {
        this.#resumeFrom = pagePosition;
        return;
      }
      const fingerprint = fingerprintOf(page.items);
      if (fingerprint !== undefined && fingerprint === previous) {
        // resumeFrom stays where it was: no item of this page has been handed out.
        throw new PaginationError("A page repeated the previous page's items (the server may be ignoring the page position); stopping instead of looping");
      }
      previous = fingerprint;
      // Until every item of this page has been handed out, a resume has to fetch this page again.
      this.#resumeFrom = pagePosition;
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

/** The items' JSON, to compare consecutive pages; undefined when they cannot be serialized (then no comparison). */
function fingerprintOf(items: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(items);
  } catch {
    return undefined;
  }
}
