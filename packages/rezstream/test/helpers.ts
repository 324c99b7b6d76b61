// A real HTTP server on 127.0.0.1 and an OS-chosen port, for behaviour Prism cannot show (multi-page Link
// headers, cursors that move while a walk runs, redirects, a token endpoint). Each test file starts and stops its own.
import type { ServerResponse } from "node:http";

export {
  startTestServer as startServer,
  type RecordedRequest as Recorded,
  type TestHandler as Handler,
  type TestServer as LocalServer,
} from "@partnerkit/testkit";

/** Sends a JSON body; `links` become one `Link` header field per relation, as rezStream sends them. */
export function sendJson(res: ServerResponse, status: number, body: unknown, links: Record<string, string> = {}): void {
  const link = Object.entries(links).map(([rel, url]) => `<${url}>; rel="${rel}"`);
  res.writeHead(status, { "content-type": "application/json", ...(link.length ? { link } : {}) });
  res.end(JSON.stringify(body));
}
