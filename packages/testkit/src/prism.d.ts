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
}

export declare function startPrismMock(specFile: string, options?: PrismMockOptions): Promise<PrismMock>;
