// Afosto's operation methods: on each service client and on the root client, typed from the spec (both directions),
// and a POST search paginated through its method against a local server.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { startTestServer, type TestServer } from "@partnerkit/testkit";
import { type PagePromise, type SchemaWmsInventoryItem, type SearchInventoryParams, type SearchInventoryResponse, createAfostoClient } from "../src/index.js";
import { type GetOrderParams, createAfostoOdrClient } from "../src/odr.js";
import { type SearchInventoryItem, createAfostoWmsClient } from "../src/wms.js";

const baseUrl = "http://127.0.0.1:9";

describe("types", () => {
  it("service and root clients take the same typed arguments", () => {
    const odr = createAfostoOdrClient({ baseUrl });
    const root = createAfostoClient({ baseUrl });
    const neverRun = () => {
      void odr.getOrder({ id: "o-1" });
      void root.getOrder({ id: "o-1" });
      void root.searchInventory({ body: { constraints: [{ key: "sku", operator: "in", values: ["A"] }] } });
      // @ts-expect-error id is a required path parameter
      void odr.getOrder({});
      // @ts-expect-error … on the root client too
      void root.getOrder();
      // @ts-expect-error searchInventory is a wms operation: the odr client does not have it
      void odr.searchInventory();
      // @ts-expect-error constraint keys are an enum
      void root.searchInventory({ body: { constraints: [{ key: "colour" }] } });
    };
    expectTypeOf<GetOrderParams["id"]>().toEqualTypeOf<string>();
    expectTypeOf<SearchInventoryItem>().toEqualTypeOf<SchemaWmsInventoryItem>();
    expectTypeOf(root.searchInventory).returns.toEqualTypeOf<PagePromise<SearchInventoryResponse, SearchInventoryItem>>();
    expectTypeOf<SearchInventoryParams["x-page-size"]>().toEqualTypeOf<number | undefined>();
    expect(neverRun).toBeTypeOf("function");
  });
});

describe("a POST search through its method, against a local server", () => {
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

  it("awaits the first page, iterates every item with the body on each page, from the service and the root client", async () => {
    const body = { constraints: [{ key: "sku" as const, operator: "in", values: ["A"] }] };
    const wms = createAfostoWmsClient({ baseUrl: server.url, auth: { token: "t" }, retry: { maxRetries: 0 } });
    const first = await wms.searchInventory({ body, "x-page-size": 2 });
    expect(first.map((item) => item.id)).toEqual(["i-1", "i-2"]);
    const ids: string[] = [];
    for await (const item of wms.searchInventory({ body, "x-page-size": 2 })) ids.push(String(item.id));
    expect(ids).toEqual(["i-1", "i-2", "i-3"]);
    const root = createAfostoClient({ baseUrl: server.url, auth: { token: "t" }, retry: { maxRetries: 0 } });
    expect((await root.searchInventory({ body }).toArray()).map((item) => item.id)).toEqual(["i-1", "i-2", "i-3"]);
    expect(server.requests.map((r) => [r.headers["x-page"], r.headers["x-page-size"], JSON.parse(r.body)])).toEqual([
      [undefined, "2", body],
      [undefined, "2", body],
      ["c-2", "2", body],
      [undefined, undefined, body],
      ["c-2", undefined, body],
    ]);
  });
});
