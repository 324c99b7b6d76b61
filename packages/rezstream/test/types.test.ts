// Type tests for the generated rezStream entry, in both directions (`@ts-expect-error` fails the package's
// `tsc --noEmit` when the error disappears). Calls that would throw sit in functions that are checked, never run.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Paginator,
  type RezstreamClientOptions,
  type SchemaBlock,
  type SchemaReservation,
  type components,
  createRezstreamClient,
} from "../src/index.js";

const baseUrl = "http://127.0.0.1:9";

describe("client options", () => {
  it("takes the vendor's header options by their exact names", () => {
    const client = createRezstreamClient({ baseUrl, apiVersion: "2025-09-22", tenantId: "tenant-a" });
    expect(client.baseUrl).toBe(baseUrl);
    expectTypeOf<RezstreamClientOptions["tenantId"]>().toEqualTypeOf<string | undefined>();
  });

  it("refuses misspelt option names", () => {
    const neverRun = () => {
      // @ts-expect-error tenantID is not an option (tenantId is)
      createRezstreamClient({ baseUrl, tenantID: "tenant-a" });
      // @ts-expect-error apiversion is not an option (apiVersion is)
      createRezstreamClient({ baseUrl, apiversion: "2025-09-22" });
      // @ts-expect-error throwOnErrors is not an option (throwOnError is)
      createRezstreamClient({ baseUrl, throwOnErrors: true });
      // @ts-expect-error retry.maxRetry is not an option (maxRetries is)
      createRezstreamClient({ baseUrl, retry: { maxRetry: 3 } });
    };
    void neverRun;
  });

  it("the README does not present the spec's snapshot date (info.version) as an API version", () => {
    const spec = readFileSync(new URL("../../../specs/rezstream/openapi.yaml", import.meta.url), "utf8");
    const snapshot = /^  version: '([^']+)'/m.exec(spec)![1]!;
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(snapshot);
    expect(readme).not.toMatch(new RegExp(`API version\\W*${snapshot}`));
  });

  it("checks apiVersion against the spec's YYYY-MM-DD pattern at creation", () => {
    expect(() => createRezstreamClient({ baseUrl, apiVersion: "2026-02-18T00:00" })).toThrow(/must match/);
  });
});

describe("auth is typed from x-partnerkit.auth (refresh_token grant, client id and secret in the body)", () => {
  it("takes the client's credentials with a refresh token and the declared scopes", () => {
    createRezstreamClient({
      baseUrl,
      auth: { clientId: "c", clientSecret: "s", refreshToken: "r", scopes: ["offline_access", "revenue_management"] },
    });
  });

  it("refuses credentials without a refresh token or a client id, and unknown scopes", () => {
    const neverRun = () => {
      // @ts-expect-error refresh_token is the only grant: a refresh token is required
      createRezstreamClient({ baseUrl, auth: { clientId: "c", clientSecret: "s" } });
      // @ts-expect-error the token endpoint needs the client id
      createRezstreamClient({ baseUrl, auth: { refreshToken: "r" } });
      // @ts-expect-error "reservations" is not a declared scope
      createRezstreamClient({ baseUrl, auth: { clientId: "c", refreshToken: "r", scopes: ["reservations"] } });
    };
    void neverRun;
  });
});

describe("paginate by operationId", () => {
  it("types query parameters and the item type from the operation", () => {
    const client = createRezstreamClient({ baseUrl });
    const reservations = client.paginate("listReservationsUpdated", { params: { query: { from: "2025-09-01T00:00:00Z" } } });
    const blocks = client.paginate("listBlocksByDate", { params: { query: { from: "2025-09-01", to: "2025-09-30" } } });
    // openapi-fetch's response types are the schema read through its Readable<> mapping (same members, another
    // type identity for schemas with an index signature), so the item types are compared both ways.
    type ItemOf<P> = P extends Paginator<infer T> ? T : never;
    expectTypeOf<ItemOf<typeof reservations>>().not.toBeAny();
    expectTypeOf<ItemOf<typeof reservations>>().toExtend<SchemaReservation>();
    expectTypeOf<SchemaReservation>().toExtend<ItemOf<typeof reservations>>();
    expectTypeOf<ItemOf<typeof blocks>>().not.toBeAny();
    expectTypeOf<ItemOf<typeof blocks>>().toExtend<SchemaBlock>();
    expectTypeOf<SchemaBlock>().toExtend<ItemOf<typeof blocks>>();
    expectTypeOf<SchemaBlock>().toEqualTypeOf<components["schemas"]["Block"]>();
  });

  it("refuses a missing required query and a non-paginated operation", () => {
    const client = createRezstreamClient({ baseUrl });
    const neverRun = () => {
      // @ts-expect-error `from` is required
      client.paginate("listReservationsUpdated", { params: { query: {} } });
      // @ts-expect-error getReservation is not paginated
      client.paginate("getReservation", { params: { path: { id: "1" } } });
    };
    void neverRun;
  });
});
