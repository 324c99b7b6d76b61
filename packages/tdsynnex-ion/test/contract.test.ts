// Contract tests: every operation in specs/tdsynnex-ion/openapi.yaml, called through the generated
// client against a Prism mock of the same spec. The recorder fails any call Prism finds a violation
// in, and the last test fails the suite if an operation in the spec was never covered.
import { describe, expect, inject, it } from "vitest";
import { createContractRecorder, createResponseValidator } from "@partnerkit/testkit";
import {
  type ApiError,
  type ApiPromise,
  BadRequestError,
  type CreateCustomerErrorBody,
  createTdsynnexIonClient,
  type GetCustomerErrorBody,
  type ListCustomersErrorBody,
  MissingPathParameterError,
  NotFoundError,
  requestToken,
  UnauthorizedError,
  vendor,
} from "../src/index.js";

const baseUrl = inject("prismUrl");
const recorder = createContractRecorder(inject("specFile"));
const matchesSpec = createResponseValidator(inject("specFile"));
const accountId = "1001234";
// Operation methods get accountId from the client (x-partnerkit.pathDefaults); a call may still pass its own.
const client = createTdsynnexIonClient({ baseUrl, auth: { token: "contract-test-token" }, retry: { maxRetries: 0 }, accountId });
client.use(recorder.middleware);

const customerId = "3305821";
const cartId = "CART-55190";
const account = { path: { accountId } };
const customer = { path: { accountId, customerId } };

/** Asserts the status and that the body is what the spec promises for it. */
function expectResponse(result: { data?: unknown; error?: unknown; response: Response }, status: number) {
  expect(result.error).toBeUndefined();
  expect(result.response.status).toBe(status);
  return result.data;
}

/** Awaits an operation method's call with its response: asserts the status and returns the typed body. */
async function expectCall<T>(call: ApiPromise<T>, status: number): Promise<T> {
  const { data, response } = await call.withResponse();
  expect(response.status).toBe(status);
  return data;
}

function expectSchema(method: string, path: string, status: number, body: unknown) {
  expect(matchesSpec(method, path, status, body)).toEqual([]);
}

describe("authentication", () => {
  it("getAccessToken: form-encoded refresh-token grant (the method encodes the form itself)", async () => {
    const data = await expectCall(client.getAccessToken({ body: { grant_type: "refresh_token", refresh_token: "contract-refresh-token" } }), 200);
    expect(typeof data.access_token).toBe("string");
    expect(data.token_type?.toLowerCase()).toBe("bearer");
    expectSchema("post", "/oauth/token", 200, data);
  });
});

describe("the refresh-token grant against the mock's token endpoint", () => {
  it("requestToken sends the form-encoded grant and returns the typed token", async () => {
    const token = await requestToken({ grant: "refresh_token", refreshToken: "contract-refresh-token" }, { tokenUrl: `${baseUrl}/oauth/token` });
    expect(token.accessToken).toBeTypeOf("string");
    expect(token.tokenType.toLowerCase()).toBe("bearer");
  });

  it("a client given only a refresh token obtains an access token itself, then calls the API", async () => {
    const seen: string[] = [];
    const oauthClient = createTdsynnexIonClient({
      baseUrl,
      auth: { refreshToken: "contract-refresh-token" },
      fetch: (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get("authorization") ? "auth" : "anon"}`);
        return fetch(request);
      },
    });
    oauthClient.use(recorder.middleware);
    const result = await oauthClient.GET("/v3/accounts/{accountId}/customers", { params: account });
    expect(result.response.status).toBe(200);
    // The token URL was rebased onto the mock's origin, and the token request carried no bearer token.
    expect(seen).toEqual(["POST /oauth/token anon", "GET /v3/accounts/1001234/customers auth"]);
  });
});

describe("customers", () => {
  it("listCustomers", async () => {
    const data = await expectCall(client.listCustomers({ page: 1, pageSize: 25 }), 200);
    expect(Array.isArray(data.customers)).toBe(true);
    expect(typeof data.totalCount).toBe("number");
    expectSchema("get", "/v3/accounts/{accountId}/customers", 200, data);
  });

  it("createCustomer", async () => {
    const data = await expectCall(
      client.createCustomer({ body: { companyName: "Acme Cloud Ltd", email: "it@acme.example", address: { city: "Austin", country: "US" } } }),
      201,
    );
    expect(typeof data.customerId).toBe("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers", 201, data);
  });

  it("getCustomer (accountId passed per call, overriding nothing but the same value)", async () => {
    const data = await expectCall(client.getCustomer({ accountId, customerId }), 200);
    expect(data.customerId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}", 200, data);
  });

  it("updateCustomer", async () => {
    const data = await expectCall(client.updateCustomer({ customerId, body: { companyName: "Acme Cloud Ltd", email: "billing@acme.example" } }), 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}", 200, data);
  });

  it("getCustomerCloudProfiles", async () => {
    const data = await expectCall(client.getCustomerCloudProfiles({ customerId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/cloudProfiles", 200, data);
  });
});

describe("products", () => {
  it("listProducts", async () => {
    const data = await expectCall(client.listProducts({ vendor: "Microsoft", page: 1 }), 200);
    expect(Array.isArray(data.products)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/products", 200, data);
  });

  it("getProduct", async () => {
    const data = await expectCall(client.getProduct({ productId: "MS-O365-E3" }), 200);
    expect(data.productId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/products/{productId}", 200, data);
  });

  it("listProductVerticals (the vendor lists with POST)", async () => {
    const data = await expectCall(client.listProductVerticals(), 200);
    expectSchema("post", "/v3/accounts/{accountId}/products/verticals", 200, data);
  });

  it("listProductCategories (the vendor lists with PUT)", async () => {
    const data = await expectCall(client.listProductCategories(), 200);
    expectSchema("put", "/v3/accounts/{accountId}/products/categories", 200, data);
  });
});

describe("orders", () => {
  const orderId = "ORD-2025-0048213";

  it("listOrders", async () => {
    const data = await expectCall(client.listOrders({ page: 1, pageSize: 10 }), 200);
    expect(Array.isArray(data.orders)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/orders", 200, data);
  });

  it("createOrder", async () => {
    const data = await expectCall(client.createOrder({ body: { customerId, items: [{ productId: "MS-O365-E3", quantity: 25 }], notes: "PO 7731" } }), 201);
    expect(data.orderId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/orders", 201, data);
  });

  it("listCustomerOrders", async () => {
    const data = await expectCall(client.listCustomerOrders({ customerId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/orders", 200, data);
  });

  it("getOrder", async () => {
    const data = await expectCall(client.getOrder({ orderId }), 200);
    expect(data.status).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/orders/{orderId}", 200, data);
  });

  it("updateOrder", async () => {
    const data = await expectCall(client.updateOrder({ orderId, body: { customerId, items: [{ productId: "MS-O365-E3", quantity: 30 }] } }), 200);
    expectSchema("put", "/v3/accounts/{accountId}/orders/{orderId}", 200, data);
  });

  it("cancelOrder", async () => {
    await expectCall(client.cancelOrder({ orderId }), 200);
  });
});

describe("subscriptions", () => {
  it("listCustomerSubscriptions", async () => {
    const data = await expectCall(client.listCustomerSubscriptions({ customerId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/subscriptions", 200, data);
  });

  it("getSubscription", async () => {
    const data = await expectCall(client.getSubscription({ customerId, subscriptionId: "SUB-1" }), 200);
    expect(data.subscriptionId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/subscriptions/{subscriptionId}", 200, data);
  });
});

describe("carts", () => {
  const itemId = "ITEM-1";

  it("listCarts", async () => {
    const data = await expectCall(client.listCarts({ customerId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts", 200, data);
  });

  it("createCart", async () => {
    const data = await expectCall(client.createCart({ customerId, body: { notes: "renewal" } }), 201);
    expect(data.cartId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts", 201, data);
  });

  it("getCart", async () => {
    const data = await expectCall(client.getCart({ customerId, cartId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", 200, data);
  });

  it("updateCart", async () => {
    const data = await expectCall(client.updateCart({ customerId, cartId, body: { notes: "urgent" } }), 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", 200, data);
  });

  it("checkoutCart", async () => {
    const data = await expectCall(client.checkoutCart({ customerId, cartId }), 200);
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/checkout", 200, data);
  });

  it("listCartItems", async () => {
    const data = await expectCall(client.listCartItems({ customerId, cartId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", 200, data);
  });

  it("addCartItem", async () => {
    const data = await expectCall(client.addCartItem({ customerId, cartId, body: { productId: "MS-O365-E3", quantity: 5 } }), 201);
    expect(data.itemId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", 201, data);
  });

  it("getCartItem", async () => {
    const data = await expectCall(client.getCartItem({ customerId, cartId, itemId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", 200, data);
  });

  it("updateCartItem", async () => {
    const data = await expectCall(client.updateCartItem({ customerId, cartId, itemId, body: { productId: "MS-O365-E3", quantity: 6 } }), 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", 200, data);
  });
});

describe("cloud providers and provisioning", () => {
  const providerId = "CPV-20931";

  it("createCloudProvider", async () => {
    const data = await expectCall(client.createCloudProvider({ customerId, body: { vendor: "Microsoft", accountId: "tenant-1" } }), 201);
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders", 201, data);
  });

  it("getCloudProvider", async () => {
    const data = await expectCall(client.getCloudProvider({ customerId, providerId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", 200, data);
  });

  it("linkCloudProvider", async () => {
    const data = await expectCall(client.linkCloudProvider({ customerId, providerId, body: { vendor: "Microsoft" } }), 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", 200, data);
  });

  it("getProvisioningInfo", async () => {
    const data = await expectCall(client.getProvisioningInfo(), 200);
    expectSchema("get", "/v3/accounts/{accountId}/provisioningInfo", 200, data);
  });
});

describe("reports", () => {
  const reportId = "RPT-BILLING-MONTHLY";
  const report = { path: { accountId, reportId } };

  it("listReports", async () => {
    const data = await expectCall(client.listReports(), 200);
    expectSchema("get", "/v3/accounts/{accountId}/reports", 200, data);
  });

  it("getReportMetadata", async () => {
    const data = await expectCall(client.getReportMetadata({ reportId }), 200);
    expect(Array.isArray(data.columns)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/reports/{reportId}/metadata", 200, data);
  });

  it("getReportData as JSON", async () => {
    const data = await expectCall(client.getReportData({ reportId }), 200);
    expectSchema("get", "/v3/accounts/{accountId}/reports/{reportId}/data", 200, data);
  });

  it("getReportData as CSV through the path-style escape hatch (Prism picks the media type from Accept)", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/reports/{reportId}/data", {
      params: { ...report, query: { format: "csv" } },
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(result.response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(typeof result.data).toBe("string");
  });
});

describe("negative cases", () => {
  it("an invalid body is rejected and Prism's violations are reported", async () => {
    const { result, violations } = await recorder.collectViolations(() =>
      client
        // @ts-expect-error email must be a string and companyName is required: the types refuse this body too
        .createCustomer({ body: { email: 42 } })
        .catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(BadRequestError);
    expect((result as ApiError<CreateCustomerErrorBody>).status).toBe(400);
    expect((result as ApiError<CreateCustomerErrorBody>).body).toHaveProperty("message");
    expect(violations.map((v) => v.code).sort()).toEqual(["required", "type"]);
  });

  it("missing credentials get the spec's 401 as an UnauthorizedError", async () => {
    const anonymous = createTdsynnexIonClient({ baseUrl, retry: { maxRetries: 0 } });
    const { result } = await recorder.collectViolations(() => anonymous.listCustomers({ accountId }).catch((error: unknown) => error));
    expect(result).toBeInstanceOf(UnauthorizedError);
    expect((result as ApiError<ListCustomersErrorBody>).body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it("Prefer: code=404 throws NotFoundError with the typed body from the method; the path-style GET returns it", async () => {
    const error = (await client.getCustomer({ customerId }, { headers: { Prefer: "code=404" } }).catch((e: unknown) => e)) as ApiError<GetCustomerErrorBody>;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, method: "GET" });
    expect(error.body?.code).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}", 404, error.body);

    // The path-style escape hatch keeps openapi-fetch's semantics: { data, error, response }.
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}", { params: customer, headers: { Prefer: "code=404" } });
    expect(result.response.status).toBe(404);
    expect(result.data).toBeUndefined();
    expect(result.error?.code).toBeTypeOf("string");
  });

  it("a missing path parameter fails before anything is sent", async () => {
    const before = recorder.covered.size;
    // @ts-expect-error customerId is required by the path
    await expect(client.getCustomer({})).rejects.toBeInstanceOf(MissingPathParameterError);
    const noDefault = createTdsynnexIonClient({ baseUrl, auth: { token: "t" } });
    // @ts-expect-error without the client-level default, accountId is required
    await expect(noDefault.listCustomers({})).rejects.toBeInstanceOf(MissingPathParameterError);
    const call = client.GET("/v3/accounts/{accountId}/customers/{customerId}", {
      // @ts-expect-error customerId is required by the path
      params: { path: { accountId } },
    });
    await expect(call).rejects.toBeInstanceOf(MissingPathParameterError);
    expect(recorder.covered.size).toBe(before);
  });
});

describe("pagination", () => {
  it("listCustomers iterates every item by page/pageSize and stops at the total", async () => {
    const customers = [];
    for await (const c of client.listCustomers({ pageSize: 25 }).paginate({ limit: 100 })) customers.push(c);
    // Prism serves the same example page every time; the walk must end on the example's totalCount, not loop.
    expect(customers.length).toBeGreaterThan(0);
    expect(customers.length).toBeLessThanOrEqual(100);
    expect(customers[0]).toHaveProperty("customerId");
  });
});

describe("coverage", () => {
  it("every operation in the spec has a contract test", () => {
    expect(recorder.missing()).toEqual([]);
    expect(recorder.covered.size).toBe(recorder.operationIds.length);
    expect(recorder.covered.size).toBe(34);
  });
});
