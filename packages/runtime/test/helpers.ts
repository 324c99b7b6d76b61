import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { VendorDefinition } from "../src/index.js";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived */
  at: number;
}

export interface TestServer {
  url: string;
  origin: string;
  requests: Recorded[];
  close(): Promise<void>;
}

type Handler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 and an OS-chosen port. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rec: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString(), at: performance.now() };
    requests.push(rec);
    try {
      await handler(rec, res);
    } catch (error) {
      if (!res.headersSent) res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** A port with nothing listening (bound, then released). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function makeVendor(overrides: Partial<VendorDefinition> = {}): VendorDefinition {
  return {
    name: "testvendor",
    defaultBaseUrl: "http://127.0.0.1:9",
    requestIdHeader: "x-request-id",
    idempotencyKeyHeader: "Idempotency-Key",
    headers: {
      apiVersion: { header: "X-Api-Version" },
      tenantId: { header: "X-Tenant-ID", credential: true },
    },
    operations: {
      listCustomers: {
        method: "get",
        path: "/customers",
        pagination: { style: "page", items: "customers", pageParam: "page", pageSizeParam: "pageSize", total: "totalCount" },
      },
      createCustomer: { method: "post", path: "/customers" },
      getCustomer: { method: "get", path: "/customers/{id}" },
      listEvents: { method: "get", path: "/events", pagination: { style: "link", mode: "cursor", params: ["afterId"] } },
      listItems: { method: "get", path: "/items", pagination: { style: "header", items: "data", pageHeader: "x-page", pageSizeHeader: "x-page-size" } },
    },
    ...overrides,
  };
}

// A hand-written `paths` in the shape openapi-typescript 7 emits.
export interface Customer {
  id: string;
  name: string;
}
export interface Problem {
  code: string;
  message: string;
}
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };

export interface paths {
  "/customers": {
    parameters: NoParams;
    get: {
      parameters: { query?: { page?: number; pageSize?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ customers: Customer[]; totalCount: number }>; 404: Json<Problem> };
    };
    put?: never;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: Json<Customer>; 400: Json<Problem> };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/customers/{id}": {
    parameters: NoParams;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Customer>; 404: Json<Problem> };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/events": {
    parameters: NoParams;
    get: {
      parameters: { query?: { afterId?: string; limit?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ id: string; at: string }[]> };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/items": {
    parameters: NoParams;
    get: {
      parameters: { query?: never; header?: { "x-page"?: string; "x-page-size"?: number }; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ data: { sku: string }[] }> };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
