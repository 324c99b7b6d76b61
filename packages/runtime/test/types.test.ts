import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  type ApiClient,
  type ApiClientOptions,
  type AuthOptionFor,
  type AuthStrategy,
  type MediaType,
  type NotFoundError,
  type OperationError,
  type Paginator,
  type TokenFunction,
  type VendorClientOptions,
  type VendorDefinition,
  createApiClient,
} from "../src/index.js";
import { type Customer, type Problem, type TestServer, json, makeVendor, type paths, startServer } from "./helpers.js";

// The shape of a generated vendor entry (see README): the options type flows into the client type.
function createTestClient<O extends ApiClientOptions<"apiVersion" | "tenantId">>(options?: O): ApiClient<paths, O> {
  return createApiClient<paths, O>(makeVendor({ defaultBaseUrl: server.url }), options);
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => json(res, 200, req.url === "/customers" ? { customers: [], totalCount: 0 } : { id: "1", name: "n" }));
});
afterAll(() => server.close());

describe("types (checked by tsc --noEmit; the calls also run)", () => {
  it("throwOnError: true removes the error branch, so data is not undefined", async () => {
    const client = createTestClient({ throwOnError: true, apiVersion: "1" });
    const result = await client.GET("/customers");
    expectTypeOf(result.data).toEqualTypeOf<{ customers: Customer[]; totalCount: number }>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
    expect(result.data.totalCount).toBe(0);
  });

  it("the default mode keeps openapi-fetch's { data, error } union", async () => {
    const client = createTestClient({ tenantId: "t" });
    const result = await client.GET("/customers/{id}", { params: { path: { id: "1" } }, timeout: 1000, retry: { maxRetries: 1 } });
    expectTypeOf(result.data).toEqualTypeOf<Customer | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<Problem | undefined>();
    expect(result.data?.id).toBe("1");

    // @ts-expect-error per-request retry options are typed
    await client.GET("/customers", { retry: { maxRetries: "3" } });
    // @ts-expect-error a path with path parameters needs params
    await client.GET("/customers/{id}").catch(() => undefined);
    // @ts-expect-error the body is typed
    await client.POST("/customers", { body: { nom: "x" } });
  });

  it("operation error bodies are typed for narrowing", () => {
    expectTypeOf<OperationError<paths, "/customers/{id}", "get">["body"]>().toEqualTypeOf<Problem | undefined>();
    expectTypeOf<NotFoundError<Problem>["body"]>().toEqualTypeOf<Problem | undefined>();
  });
});

// The shape of a generated entry since issue 12: options typed from a const VendorDefinition, exact, with
// throwOnError inferred through a boolean type parameter; paginate by operationId typed from the operation table.
const constVendor = {
  name: "constvendor",
  defaultBaseUrl: "http://127.0.0.1:9",
  auth: {
    grants: ["refresh_token"],
    tokenUrl: "http://127.0.0.1:9/token",
    bodyEncoding: "form",
    clientAuthentication: "none",
    scopes: ["read", "write"],
  },
  headers: { tenantId: { header: "X-Tenant-ID", credential: true } },
  operations: {
    listCustomers: {
      method: "get",
      path: "/customers",
      pagination: { style: "page", items: "customers", pageParam: "page", pageSizeParam: "pageSize", total: "totalCount" },
    },
  },
} as const satisfies VendorDefinition;

type ConstOptions = VendorClientOptions<typeof constVendor>;

function createConstClient<Throw extends boolean = false>(
  options?: ConstOptions & { throwOnError?: Throw },
): ApiClient<paths, { throwOnError: Throw }, MediaType, (typeof constVendor)["operations"]> {
  return createApiClient<paths, ConstOptions & { throwOnError: Throw }, typeof constVendor>(
    constVendor,
    options as ConstOptions & { throwOnError: Throw },
  );
}

describe("VendorClientOptions and typed paginate (the generated entry's shape)", () => {
  it("infers throwOnError and types paginate by operationId; the calls run", async () => {
    const client = createConstClient({ baseUrl: server.url, throwOnError: true, tenantId: "t", auth: { token: "x" } });
    const result = await client.GET("/customers");
    expectTypeOf(result.data).toEqualTypeOf<{ customers: Customer[]; totalCount: number }>();
    const customers = client.paginate("listCustomers", { params: { query: { pageSize: 10 } } });
    expectTypeOf(customers).toEqualTypeOf<Paginator<Customer>>();
    expect(await customers.toArray()).toEqual([]);
  });

  it("refuses misspelt options, credentials the vendor's token endpoint never takes, and unpaginated operationIds", () => {
    const client = createConstClient();
    const neverRun = () => {
      // @ts-expect-error tenantID is not an option (tenantId is)
      createConstClient({ tenantID: "t" });
      // @ts-expect-error throwOnErrors is not an option
      createConstClient({ throwOnErrors: true });
      // @ts-expect-error retry.maxRetry is not an option (maxRetries is)
      createConstClient({ retry: { maxRetry: 3 } });
      // @ts-expect-error clientAuthentication "none": no client secret
      createConstClient({ auth: { refreshToken: "r", clientSecret: "s" } });
      // @ts-expect-error only the declared scopes
      createConstClient({ auth: { refreshToken: "r", scopes: ["admin"] } });
      // @ts-expect-error getCustomer is not in the operation table's paginated operations
      client.paginate("getCustomer");
      // @ts-expect-error pageSize is a number
      client.paginate("listCustomers", { params: { query: { pageSize: "10" } } });
    };
    void neverRun;
    expectTypeOf<AuthOptionFor<undefined>>().toEqualTypeOf<AuthStrategy | TokenFunction | { token: string }>();
  });
});
