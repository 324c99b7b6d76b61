export interface PrismMock {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  specFile: string;
  /** Milliseconds from the call to the server listening. */
  startupMs: number;
  close(): Promise<void>;
}

export interface PrismMockOptions {
  host?: string;
  /** 0 (the default) lets the OS choose a free port: no race with other mocks or test runs. */
  port?: number;
  /** Prism's log level; anything above "silent" costs throughput and memory. */
  logLevel?: "silent" | "error" | "warn" | "info";
  /**
   * Pages in each list of an operation with `x-pagination` (default 3): the mock answers each page from the
   * request's own position, so a client's paginate() walks them and stops (link cursor mode: always 2).
   */
  pages?: number;
}

export declare function startPrismMock(specFile: string, options?: PrismMockOptions): Promise<PrismMock>;
