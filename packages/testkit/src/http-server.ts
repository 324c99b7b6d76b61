// A real HTTP server on 127.0.0.1 and an OS-chosen port, for behaviour Prism cannot show (token endpoints,
// Retry-After, redirects, multi-page Link headers). Each test starts and stops its own; it records every request.
import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as sent (percent-encoding preserved). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same as origin, for use as a base URL. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type TestHandler = (request: RecordedRequest, response: ServerResponse, origin: string) => void | Promise<void>;

export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let origin = "";
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString(), at: performance.now() };
    requests.push(recorded);
    try {
      await handler(recorded, res, origin);
    } catch (error) {
      if (!res.headersSent) res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
