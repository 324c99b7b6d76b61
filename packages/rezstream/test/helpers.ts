// A real HTTP server on 127.0.0.1 and an OS-chosen port, for behaviour Prism cannot show (multi-page Link
// headers, cursors that move while a walk runs, redirects, a token endpoint). Each test file starts and stops its own.
import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  /** Path and query exactly as sent (percent-encoding preserved). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LocalServer {
  origin: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export type Handler = (req: Recorded, res: ServerResponse, origin: string) => void;

export async function startServer(handler: Handler): Promise<LocalServer> {
  const requests: Recorded[] = [];
  let origin = "";
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() };
    requests.push(recorded);
    try {
      handler(recorded, res, origin);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON body; `links` become one `Link` header field per relation, as rezStream sends them. */
export function sendJson(res: ServerResponse, status: number, body: unknown, links: Record<string, string> = {}): void {
  const link = Object.entries(links).map(([rel, url]) => `<${url}>; rel="${rel}"`);
  res.writeHead(status, { "content-type": "application/json", ...(link.length ? { link } : {}) });
  res.end(JSON.stringify(body));
}
