// Prism mock servers hosted in the calling Node process through Prism's library API.
// Plain JavaScript (with prism.d.ts) so `pnpm mock` can use it on Node 20 without a TS loader.
// Why in-process: one Node process hosting several mocks costs far less memory and start-up time
// than one `prism mock` CLI process per spec (figures in README "Mock servers"), and in-process
// servers die with their host, so a killed test run never leaves a mock behind.
//
// Why our own HTTP layer instead of @stoplight/prism-http-server's createServer: that server starts Prism's
// pipeline without awaiting it, so anything that throws inside it becomes an unhandled rejection and ends the
// whole process, i.e. every mock it hosts (seen with a multipart file part without Content-Type, and with a
// violation message that cannot go into the `sl-violations` header). Here each request is awaited and a failure
// costs that request only. The pieces that decide what the answer looks like (body parsing, Prefer header,
// serialisation, problem documents) are still Prism's own, loaded from prism-http-server's dependencies.
import { STATUS_CODES, createServer } from "node:http";
import { createRequire } from "node:module";
import { MOCK_PAGES, paginatingMocker } from "./mock-pagination.js";

const require = createRequire(import.meta.url);

/** @type {import("./prism.d.ts").startPrismMock} */
export async function startPrismMock(specFile, options = {}) {
  const started = performance.now();
  const pages = options.pages ?? MOCK_PAGES;
  if (!Number.isInteger(pages) || pages < 1) throw new TypeError(`startPrismMock: pages must be a positive integer, got ${JSON.stringify(pages)}`);
  const { getHttpOperationsFromSpec, createInstance, ProblemJsonError, resetJSONSchemaGenerator } = require("@stoplight/prism-http");
  const { createLogger } = require("@stoplight/prism-core");
  // Prism's internals resolved the way its own packages resolve them (pinned versions, see pnpm-workspace.yaml).
  const httpRequire = createRequire(require.resolve("@stoplight/prism-http"));
  const serverRequire = createRequire(require.resolve("@stoplight/prism-http-server"));
  const { default: mock } = httpRequire("./mocker");
  const either = httpRequire("fp-ts/Either");
  const { JSONSchemaFaker } = httpRequire("json-schema-faker");
  const { getHttpConfigFromRequest } = serverRequire("./getHttpConfigFromRequest");
  const { serialize } = serverRequire("./serialize");
  const { json, text, send } = serverRequire("micri");
  const typeIs = serverRequire("type-is");

  const operations = await getHttpOperationsFromSpec(specFile);
  const logger = createLogger("partnerkit-mock", { level: options.logLevel ?? "silent" });
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
    mock: { dynamic: false, ignoreExamples: false },
  };
  // Pages after the first are generated (see mock-pagination.js). Prism's dynamic defaults fake every optional
  // property through three levels of $ref (over 100 KB and more than a second for some Afosto lists); two items per
  // array and one level keep a page small. Generation is synchronous, so the settings never leak into another request.
  const compactly = (generate) => {
    JSONSchemaFaker.option({ maxItems: 2, refDepthMax: 1 });
    try {
      return generate();
    } finally {
      resetJSONSchemaGenerator();
    }
  };
  const prism = createInstance(config, { logger, mock: paginatingMocker(mock, either, pages, compactly) });

  async function handle(request, reply) {
    setCorsHeaders(request.headers, reply);
    if (request.method === "OPTIONS" && request.headers.origin && request.headers["access-control-request-method"]) {
      reply.setHeader("Access-Control-Allow-Methods", request.headers["access-control-request-method"]);
      reply.setHeader("Vary", "origin");
      reply.setHeader("Content-Length", "0");
      return send(reply, 204);
    }
    const { searchParams, pathname } = new URL(request.url ?? "/", "http://mock.invalid");
    const input = {
      method: (request.method ?? "get").toLowerCase(),
      url: { path: pathname, baseUrl: searchParams.get("__server") || undefined, query: queryOf(searchParams) },
      headers: request.headers,
      body: await bodyOf(request),
    };
    const preferences = getHttpConfigFromRequest(input);
    const result =
      preferences._tag === "Left"
        ? preferences
        : await prism.request(input, operations, { ...config, mock: { ...config.mock, ...defined(preferences.right) } })();
    if (result._tag === "Left") return sendProblem(reply, result.left);
    const { output, validations } = result.right;
    const violations = [...validations.input.map(violation("request")), ...validations.output.map(violation("response"))];
    if (violations.length) reply.setHeader("sl-violations", violationsHeader(violations));
    for (const [name, value] of Object.entries(output.headers ?? {})) reply.setHeader(name, value);
    send(reply, output.statusCode, serialize(output.body, reply.getHeader("content-type")));
  }

  async function bodyOf(request) {
    const { headers } = request;
    if (headers["content-length"] === "0" || (headers["transfer-encoding"] === undefined && headers["content-length"] === undefined)) return null;
    if (typeIs(request, ["application/json", "application/*+json"])) return json(request, { limit: "10mb" });
    const body = await text(request, { limit: "10mb" });
    return typeIs(request, ["multipart/form-data"]) ? withDefaultPartTypes(body, headers["content-type"]) : body;
  }

  function sendProblem(reply, error) {
    reply.setHeader("content-type", "application/problem+json");
    for (const [name, value] of Object.entries(error.additional?.headers ?? {})) reply.setHeader(name, value);
    send(reply, error.status || 500, JSON.stringify(ProblemJsonError.toProblemJson(error)));
  }

  const server = createServer((request, reply) => {
    handle(request, reply).catch((error) => {
      // The failure of one request: answer it if we still can, and keep serving.
      logger.error(`Request ${request.method} ${request.url} failed: ${error?.stack ?? error}`);
      try {
        if (reply.headersSent) return void reply.destroy();
        for (const name of reply.getHeaderNames()) reply.removeHeader(name);
        const status = Number.isInteger(error?.statusCode) && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
        // RFC 9457 problem with the default type (about:blank), so the title is the status phrase.
        const problem = { title: STATUS_CODES[status], status, detail: `The mock could not handle this request: ${error?.message ?? error}` };
        reply.writeHead(status, { "content-type": "application/problem+json" }).end(JSON.stringify(problem));
      } catch {
        reply.destroy();
      }
    });
  });
  // No server-side keep-alive timeout: when Prism's synchronous work blocks this event loop for longer than the
  // timeout (Afosto's large schemas on a busy machine), the expiry timer runs before the socket's pending request is
  // read and the client sees ECONNRESET on a request the mock never saw. Idle sockets are closed by the client
  // (undici's own keep-alive timeout) and by close().
  server.keepAliveTimeout = 0;
  const url = await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve(`http://${host}:${address.port}`);
    });
  });
  return {
    url,
    specFile,
    startupMs: performance.now() - started,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeIdleConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function setCorsHeaders(headers, reply) {
  reply.setHeader("Access-Control-Allow-Origin", headers.origin || "*");
  reply.setHeader("Access-Control-Allow-Headers", headers["access-control-request-headers"] || "*");
  reply.setHeader("Access-Control-Allow-Credentials", "true");
  reply.setHeader("Access-Control-Expose-Headers", headers["access-control-expose-headers"] || "*");
}

/** As lodash's merge in Prism's server: a preference the request does not state leaves the default. */
function defined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function queryOf(searchParams) {
  const params = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

const violation = (prefix) => (detail) => ({
  location: [prefix, ...(detail.path ?? [])],
  severity: ["Error", "Warning", "Information", "Hint"][detail.severity] ?? String(detail.severity),
  code: detail.code,
  message: detail.message,
});

// Node only accepts Latin-1 in header values, and a violation can quote the request (a property name in any
// script). JSON's \u escapes keep the header ASCII and JSON.parse gives back the exact text.
const MAX_SAFE_HEADER_LENGTH = 8 * 1024 - 100;
function violationsHeader(violations) {
  const value = JSON.stringify(violations).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  // As Prism does: a header this long would be refused by most HTTP stacks.
  return value.length > MAX_SAFE_HEADER_LENGTH ? `Too many violations! ${value.slice(0, MAX_SAFE_HEADER_LENGTH)}` : value;
}

// RFC 7578 §4.4: a part without Content-Type is text/plain. Prism's multipart parser throws on a file part that
// has none, so the default is written out before it sees the body.
function withDefaultPartTypes(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  if (!boundary) return body;
  const delimiter = `--${boundary[1] ?? boundary[2]}\r\n`;
  return body
    .split(delimiter)
    .map((part, index) => {
      const end = part.indexOf("\r\n\r\n");
      if (index === 0 || end < 0 || /^content-type:/im.test(part.slice(0, end))) return part;
      return `${part.slice(0, end)}\r\nContent-Type: text/plain${part.slice(end)}`;
    })
    .join(delimiter);
}
