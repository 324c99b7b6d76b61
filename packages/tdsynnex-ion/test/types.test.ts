// Type tests for the generated TD SYNNEX entry, in both directions: the right call compiles with a precise type, the
// wrong one is a compile error (`@ts-expect-error` fails the package's `tsc --noEmit` when the error disappears).
// Calls that would throw or touch the network sit in functions that are type-checked but never run.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ApiError,
  type Paginator,
  type SchemaCustomer,
  type SchemaError,
  type TdsynnexIonClientOptions,
  type components,
  createTdsynnexIonClient,
  requestToken,
} from "../src/index.js";

const baseUrl = "http://127.0.0.1:9";

describe("generated schema aliases", () => {
  it("are exported from the package entry, with the Schema prefix (no shadowing of the global Error)", () => {
    expectTypeOf<SchemaCustomer>().toEqualTypeOf<components["schemas"]["Customer"]>();
    expectTypeOf<SchemaError>().toEqualTypeOf<components["schemas"]["Error"]>();
    expectTypeOf<SchemaError>().not.toEqualTypeOf<Error>();
    // @ts-expect-error only the prefixed aliases exist
    type Unprefixed = import("../src/index.js").Customer;
  });
});

describe("client options are exact", () => {
  it("accepts the documented options and infers throwOnError's literal type", () => {
    const throwing = createTdsynnexIonClient({ baseUrl, throwOnError: true, retry: { maxRetries: 1 }, timeout: 1000 });
    const returning = createTdsynnexIonClient({ baseUrl });
    type Listed = components["schemas"]["CustomerList"];
    const params = { params: { path: { accountId: "1" } } } as const;
    expectTypeOf<Awaited<ReturnType<typeof throwing.GET<"/v3/accounts/{accountId}/customers", typeof params>>>["data"]>().toEqualTypeOf<Listed>();
    expectTypeOf<Awaited<ReturnType<typeof returning.GET<"/v3/accounts/{accountId}/customers", typeof params>>>["data"]>().toEqualTypeOf<
      Listed | undefined
    >();
    expect(throwing.baseUrl).toBe(baseUrl);
  });

  it("refuses misspelt options at the top level and nested", () => {
    // @ts-expect-error throwOnErrors is not an option (throwOnError is)
    createTdsynnexIonClient({ baseUrl, throwOnErrors: true });
    // @ts-expect-error retry.maxRetry is not an option (maxRetries is)
    createTdsynnexIonClient({ baseUrl, retry: { maxRetry: 3 } });
    // @ts-expect-error TD SYNNEX has no tenant header option
    createTdsynnexIonClient({ baseUrl, tenantId: "t" });
    // @ts-expect-error timeout is a number of ms
    createTdsynnexIonClient({ baseUrl, timeout: "5s" });
  });
});

describe("auth is typed from x-partnerkit.auth (refresh_token grant, no client authentication)", () => {
  it("takes a refresh token, the declared scopes, a token or a token function", () => {
    createTdsynnexIonClient({ baseUrl, auth: { refreshToken: "r", scopes: ["read", "write"] } });
    createTdsynnexIonClient({ baseUrl, auth: { token: "t" } });
    createTdsynnexIonClient({ baseUrl, auth: () => "t" });
    type Credentials = Extract<NonNullable<TdsynnexIonClientOptions["auth"]>, { refreshToken: string }>;
    expectTypeOf<Credentials["scopes"]>().toEqualTypeOf<readonly ("read" | "write")[] | undefined>();
  });

  it("refuses credentials the token endpoint never sends, a missing refresh token and unknown scopes", () => {
    // Type-checked, never run (the runtime refuses some of these at creation too).
    const neverRun = () => {
      // @ts-expect-error the token request carries no client secret
      createTdsynnexIonClient({ baseUrl, auth: { refreshToken: "r", clientSecret: "s" } });
      // @ts-expect-error nor a client id
      createTdsynnexIonClient({ baseUrl, auth: { refreshToken: "r", clientId: "c" } });
      // @ts-expect-error refresh_token is the only grant, so a refresh token is required
      createTdsynnexIonClient({ baseUrl, auth: { scopes: ["read"] } });
      // @ts-expect-error "admin" is not a declared scope
      createTdsynnexIonClient({ baseUrl, auth: { refreshToken: "r", scopes: ["admin"] } });
      // @ts-expect-error client_credentials is not a grant of this vendor
      createTdsynnexIonClient({ baseUrl, auth: { refreshToken: "r", grant: "client_credentials" } });
    };
    void neverRun;
  });

  it("exports its own requestToken (it has a token endpoint), typed like the auth option", () => {
    expectTypeOf(requestToken).parameter(0).toHaveProperty("grant").toEqualTypeOf<"refresh_token">();
    expectTypeOf(requestToken).returns.resolves.toHaveProperty("accessToken");
    const neverRun = () => {
      void requestToken({ grant: "refresh_token", refreshToken: "r" });
      // @ts-expect-error the token request carries no client secret
      void requestToken({ grant: "refresh_token", refreshToken: "r", clientSecret: "s" });
      // @ts-expect-error client_credentials is not a grant of this vendor
      void requestToken({ grant: "client_credentials" });
    };
    void neverRun;
  });
});

describe("paginate by operationId", () => {
  it("types init and items from the operation", () => {
    const client = createTdsynnexIonClient({ baseUrl });
    const customers = client.paginate("listCustomers", { params: { path: { accountId: "1" }, query: { pageSize: 50 } } });
    expectTypeOf(customers).toEqualTypeOf<Paginator<SchemaCustomer>>();
    expectTypeOf(client.paginate("listOrders", { params: { path: { accountId: "1" } } })).toEqualTypeOf<
      Paginator<components["schemas"]["Order"]>
    >();
  });

  it("refuses unpaginated or unknown operations and a missing path parameter", () => {
    const client = createTdsynnexIonClient({ baseUrl });
    // Type-checked, never run: each call would throw.
    const neverRun = () => {
      // @ts-expect-error getCustomer is not paginated
      client.paginate("getCustomer", { params: { path: { accountId: "1", customerId: "2" } } });
      // @ts-expect-error no such operation
      client.paginate("listCustomer", { params: { path: { accountId: "1" } } });
      // @ts-expect-error accountId is a required path parameter
      client.paginate("listCustomers");
      // @ts-expect-error pageSize is a number
      client.paginate("listCustomers", { params: { path: { accountId: "1" }, query: { pageSize: "50" } } });
    };
    void neverRun;
  });

  it("keeps ApiError typed on failures", () => {
    expectTypeOf<ApiError<SchemaError>["body"]>().toEqualTypeOf<SchemaError | undefined>();
  });
});
