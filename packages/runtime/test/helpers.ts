import { type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import type { TestServer } from "@partnerkit/testkit";
import type { VendorDefinition } from "../src/index.js";

export { startTestServer as startServer, type RecordedRequest as Recorded, type TestServer } from "@partnerkit/testkit";

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

/** A list the test pushes its servers into; every server in it is closed after each test. */
export function serversClosedAfterEach(): TestServer[] {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return servers;
}
