// Type tests for the generated Afosto entries, in both directions (`@ts-expect-error` fails the package's
// `tsc --noEmit` when the error disappears), and a POST search paginated by operationId against a local server.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { startTestServer, type TestServer } from "@partnerkit/testkit";
import * as runtime from "@partnerkit/runtime";
import * as afosto from "../src/index.js";
import {
  type AfostoClientOptions,
  type Paginator,
  type SchemaOdrInvoice,
  type SchemaOdrInvoiceRequest,
  type SchemaWmsInventoryItem,
  createAfostoClient,
} from "../src/index.js";
import { type SchemaOdrInvoice as OdrInvoiceFromSubpath, createAfostoOdrClient } from "../src/odr.js";
import { createAfostoWmsClient } from "../src/wms.js";

const baseUrl = "http://127.0.0.1:9";

describe("free-form objects (type: object without properties) take any properties", () => {
  it("accepts metadata with fields in a request body", () => {
    expectTypeOf<SchemaOdrInvoiceRequest["metadata"]>().toEqualTypeOf<Record<string, unknown> | undefined>();
    const client = createAfostoOdrClient({ baseUrl });
    const neverRun = () => client.POST("/odr/invoices", { body: { reference: "r-1", metadata: { source: "x", attempt: 2 } } });
    void neverRun;
  });

  it("still refuses a metadata that is not an object", () => {
    const client = createAfostoOdrClient({ baseUrl });
    const neverRun = () =>
      // @ts-expect-error metadata is an object
      client.POST("/odr/invoices", { body: { metadata: "source=x" } });
    void neverRun;
  });
});

describe("schema aliases", () => {
  it("are exported from the root entry and from each service entry", () => {
    expectTypeOf<SchemaOdrInvoice>().toEqualTypeOf<afosto.components["schemas"]["OdrInvoice"]>();
    expectTypeOf<OdrInvoiceFromSubpath>().toEqualTypeOf<SchemaOdrInvoice>();
  });
});

describe("no token endpoint", () => {
  it("exports no vendor requestToken: only the runtime's, which needs an explicit token endpoint", () => {
    expect(afosto.requestToken).toBe(runtime.requestToken);
    const neverRun = () =>
      // @ts-expect-error Afosto declares no token endpoint, so there is no one-argument requestToken
      afosto.requestToken({ grant: "client_credentials", clientId: "c" });
    void neverRun;
  });

  it("takes a token, a token function or a strategy as auth, but no credentials and no tokenUrl", () => {
    createAfostoClient({ baseUrl, auth: { token: "t" } });
    createAfostoClient({ baseUrl, auth: async () => "t" });
    expectTypeOf<AfostoClientOptions>().not.toHaveProperty("tokenUrl");
    const neverRun = () => {
      // @ts-expect-error no token endpoint to send client credentials to
      createAfostoClient({ baseUrl, auth: { clientId: "c", clientSecret: "s" } });
      // @ts-expect-error nor a refresh token
      createAfostoClient({ baseUrl, auth: { refreshToken: "r" } });
      // @ts-expect-error tokenUrl is not an option without a token endpoint
      createAfostoClient({ baseUrl, tokenUrl: "https://example.com/token" });
    };
    void neverRun;
  });
});

describe("POST search operations paginate by operationId", () => {
  it("types the body and the item type", () => {
    const wms = createAfostoWmsClient({ baseUrl });
    const inventory = wms.paginate("searchInventory", { body: { constraints: [{ key: "sku", operator: "in", values: ["A"] }] } });
    type ItemOf<P> = P extends Paginator<infer T> ? T : never;
    expectTypeOf<ItemOf<typeof inventory>>().not.toBeAny();
    expectTypeOf<ItemOf<typeof inventory>>().toExtend<SchemaWmsInventoryItem>();
    expectTypeOf<SchemaWmsInventoryItem>().toExtend<ItemOf<typeof inventory>>();
    // The root client knows every service's operations; `search` reads its items from `hits`.
    const root = createAfostoClient({ baseUrl });
    const hits = root.paginate("search", { body: { q: ["shoe"], is_fuzzy: false, threshold: 0.5 } });
    expectTypeOf<ItemOf<typeof hits>>().toExtend<afosto.components["schemas"]["CntSimpleDocumentResponse"]>();
    expectTypeOf<afosto.components["schemas"]["CntSimpleDocumentResponse"]>().toExtend<ItemOf<typeof hits>>();
  });

  it("refuses a wrong body, an unknown operation and another service's operation on a service client", () => {
    const wms = createAfostoWmsClient({ baseUrl });
    const neverRun = () => {
      // @ts-expect-error constraint keys are an enum
      wms.paginate("searchInventory", { body: { constraints: [{ key: "colour" }] } });
      // @ts-expect-error no such operation
      wms.paginate("searchInventories", { body: {} });
      // @ts-expect-error searchShipments belongs to lcs, not to the wms client
      wms.paginate("searchShipments", { body: {} });
    };
    void neverRun;
  });

  describe("against a local server", () => {
    const pages: Record<string, { items: { id: string; sku: string }[]; next?: string }> = {
      first: { items: [{ id: "i-1", sku: "A" }, { id: "i-2", sku: "A" }], next: "c-2" },
      "c-2": { items: [{ id: "i-3", sku: "A" }] },
    };
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer((request, response) => {
        const page = pages[String(request.headers["x-page"] ?? "first")];
        if (request.method !== "POST" || request.url !== "/wms/search/items" || !page) return void response.writeHead(404).end();
        response.writeHead(200, { "content-type": "application/json", ...(page.next ? { "x-page": page.next } : {}) });
        response.end(JSON.stringify(page.items));
      });
    });
    afterAll(() => server.close());

    it("sends the body with every page and walks the x-page cursor", async () => {
      const wms = createAfostoWmsClient({ baseUrl: server.url, auth: { token: "t" }, retry: { maxRetries: 0 } });
      const body = { constraints: [{ key: "sku" as const, operator: "in", values: ["A"] }] };
      const items = await wms.paginate("searchInventory", { body, params: { header: { "x-page-size": 2 } } }).toArray();
      expect(items.map((item) => item.id)).toEqual(["i-1", "i-2", "i-3"]);
      expect(server.requests.map((r) => [r.method, r.headers["x-page"], JSON.parse(r.body)])).toEqual([
        ["POST", undefined, body],
        ["POST", "c-2", body],
      ]);
    });
  });
});
