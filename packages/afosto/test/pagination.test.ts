// Afosto's x-page cursor pagination, end to end through the odr entry point against a local server: the response
// `x-page` header carries the next cursor, the request sends it back, and an empty page ends the walk.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "@partnerkit/testkit";
import { createAfostoOdrClient } from "../src/odr.js";

const pages: Record<string, { items: { id: string }[]; next?: string }> = {
  first: { items: [{ id: "inv-1" }, { id: "inv-2" }], next: "cursor-2" },
  "cursor-2": { items: [{ id: "inv-3" }, { id: "inv-4" }], next: "cursor-3" },
  "cursor-3": { items: [], next: "cursor-4" },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const page = pages[String(request.headers["x-page"] ?? "first")];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/json", ...(page.next ? { "x-page": page.next } : {}) });
    response.end(JSON.stringify(page.items));
  });
});
afterAll(() => server.close());

describe("x-page pagination (listInvoices)", () => {
  it("follows the cursor header and stops on the empty page", async () => {
    const client = createAfostoOdrClient({ baseUrl: server.url, auth: { token: "t" } });
    const ids: string[] = [];
    for await (const invoice of client.paginate("/odr/invoices", { params: { header: { "x-page-size": 2 } } })) {
      ids.push(invoice.id ?? "");
    }
    expect(ids).toEqual(["inv-1", "inv-2", "inv-3", "inv-4"]);
    expect(server.requests.map((r) => [r.headers["x-page"], r.headers["x-page-size"], r.headers.authorization])).toEqual([
      [undefined, "2", "Bearer t"],
      ["cursor-2", "2", "Bearer t"],
      ["cursor-3", "2", "Bearer t"],
    ]);
  });

  it("respects the caller's limit without fetching further pages", async () => {
    const client = createAfostoOdrClient({ baseUrl: server.url, auth: { token: "t" } });
    const before = server.requests.length;
    const ids: string[] = [];
    for await (const invoice of client.paginate("/odr/invoices", {}, { limit: 3 })) ids.push(invoice.id ?? "");
    expect(ids).toEqual(["inv-1", "inv-2", "inv-3"]);
    expect(server.requests.length - before).toBe(2);
  });
});
