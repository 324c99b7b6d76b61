import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { type ApiClient, type ApiClientOptions, type OperationError, type NotFoundError, createApiClient } from "../src/index.js";
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
