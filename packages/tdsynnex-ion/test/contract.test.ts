// Contract tests: every operation in specs/tdsynnex-ion/openapi.yaml, called through the generated
// client against a Prism mock of the same spec. The recorder fails any call Prism finds a violation
// in, and the last test fails the suite if an operation in the spec was never covered.
import { describe, expect, inject, it } from "vitest";
import { createContractRecorder, createResponseValidator } from "@partnerkit/testkit";
import { createTdsynnexIonClient, MissingPathParameterError, NotFoundError, requestToken, vendor } from "../src/index.js";

const baseUrl = inject("prismUrl");
const recorder = createContractRecorder(inject("specFile"));
const matchesSpec = createResponseValidator(inject("specFile"));
const client = createTdsynnexIonClient({ baseUrl, auth: { token: "contract-test-token" }, retry: { maxRetries: 0 } });
client.use(recorder.middleware);

const accountId = "1001234";
const customerId = "3305821";
const cartId = "CART-55190";
const account = { path: { accountId } };
const customer = { path: { accountId, customerId } };
const cart = { path: { accountId, customerId, cartId } };

/** Asserts the status and that the body is what the spec promises for it. */
function expectResponse(result: { data?: unknown; error?: unknown; response: Response }, status: number) {
  expect(result.error).toBeUndefined();
  expect(result.response.status).toBe(status);
  return result.data;
}

function expectSchema(method: string, path: string, status: number, body: unknown) {
  expect(matchesSpec(method, path, status, body)).toEqual([]);
}

describe("authentication", () => {
  it("getAccessToken: form-encoded refresh-token grant", async () => {
    const result = await client.POST("/oauth/token", {
      body: { grant_type: "refresh_token", refresh_token: "contract-refresh-token" },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    const data = expectResponse(result, 200);
    expect(typeof result.data?.access_token).toBe("string");
    expect(result.data?.token_type?.toLowerCase()).toBe("bearer");
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
    const result = await client.GET("/v3/accounts/{accountId}/customers", { params: { ...account, query: { page: 1, pageSize: 25 } } });
    expectResponse(result, 200);
    expect(Array.isArray(result.data?.customers)).toBe(true);
    expect(typeof result.data?.totalCount).toBe("number");
    expectSchema("get", "/v3/accounts/{accountId}/customers", 200, result.data);
  });

  it("createCustomer", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/customers", {
      params: account,
      body: { companyName: "Acme Cloud Ltd", email: "it@acme.example", address: { city: "Austin", country: "US" } },
    });
    expectResponse(result, 201);
    expect(typeof result.data?.customerId).toBe("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers", 201, result.data);
  });

  it("getCustomer", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}", { params: customer });
    expectResponse(result, 200);
    expect(result.data?.customerId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}", 200, result.data);
  });

  it("updateCustomer", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/customers/{customerId}", {
      params: customer,
      body: { companyName: "Acme Cloud Ltd", email: "billing@acme.example" },
    });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}", 200, result.data);
  });

  it("getCustomerCloudProfiles", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/cloudProfiles", { params: customer });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/cloudProfiles", 200, result.data);
  });
});

describe("products", () => {
  it("listProducts", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/products", { params: { ...account, query: { vendor: "Microsoft", page: 1 } } });
    expectResponse(result, 200);
    expect(Array.isArray(result.data?.products)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/products", 200, result.data);
  });

  it("getProduct", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/products/{productId}", { params: { path: { accountId, productId: "MS-O365-E3" } } });
    expectResponse(result, 200);
    expect(result.data?.productId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/products/{productId}", 200, result.data);
  });

  it("listProductVerticals (the vendor lists with POST)", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/products/verticals", { params: account });
    expectResponse(result, 200);
    expectSchema("post", "/v3/accounts/{accountId}/products/verticals", 200, result.data);
  });

  it("listProductCategories (the vendor lists with PUT)", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/products/categories", { params: account });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/products/categories", 200, result.data);
  });
});

describe("orders", () => {
  const order = { path: { accountId, orderId: "ORD-2025-0048213" } };

  it("listOrders", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/orders", { params: { ...account, query: { page: 1, pageSize: 10 } } });
    expectResponse(result, 200);
    expect(Array.isArray(result.data?.orders)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/orders", 200, result.data);
  });

  it("createOrder", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/orders", {
      params: account,
      body: { customerId, items: [{ productId: "MS-O365-E3", quantity: 25 }], notes: "PO 7731" },
    });
    expectResponse(result, 201);
    expect(result.data?.orderId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/orders", 201, result.data);
  });

  it("listCustomerOrders", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/orders", { params: customer });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/orders", 200, result.data);
  });

  it("getOrder", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/orders/{orderId}", { params: order });
    expectResponse(result, 200);
    expect(result.data?.status).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/orders/{orderId}", 200, result.data);
  });

  it("updateOrder", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/orders/{orderId}", {
      params: order,
      body: { customerId, items: [{ productId: "MS-O365-E3", quantity: 30 }] },
    });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/orders/{orderId}", 200, result.data);
  });

  it("cancelOrder", async () => {
    const result = await client.DELETE("/v3/accounts/{accountId}/orders/{orderId}", { params: order });
    expectResponse(result, 200);
  });
});

describe("subscriptions", () => {
  it("listCustomerSubscriptions", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/subscriptions", { params: customer });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/subscriptions", 200, result.data);
  });

  it("getSubscription", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/subscriptions/{subscriptionId}", {
      params: { path: { accountId, customerId, subscriptionId: "SUB-1" } },
    });
    expectResponse(result, 200);
    expect(result.data?.subscriptionId).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/subscriptions/{subscriptionId}", 200, result.data);
  });
});

describe("carts", () => {
  const item = { path: { accountId, customerId, cartId, itemId: "ITEM-1" } };

  it("listCarts", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/carts", { params: customer });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts", 200, result.data);
  });

  it("createCart", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/customers/{customerId}/carts", { params: customer, body: { notes: "renewal" } });
    expectResponse(result, 201);
    expect(result.data?.cartId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts", 201, result.data);
  });

  it("getCart", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", { params: cart });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", 200, result.data);
  });

  it("updateCart", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", { params: cart, body: { notes: "urgent" } });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}", 200, result.data);
  });

  it("checkoutCart", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/checkout", { params: cart });
    expectResponse(result, 200);
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/checkout", 200, result.data);
  });

  it("listCartItems", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", { params: cart });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", 200, result.data);
  });

  it("addCartItem", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", {
      params: cart,
      body: { productId: "MS-O365-E3", quantity: 5 },
    });
    expectResponse(result, 201);
    expect(result.data?.itemId).toBeTypeOf("string");
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items", 201, result.data);
  });

  it("getCartItem", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", { params: item });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", 200, result.data);
  });

  it("updateCartItem", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", {
      params: item,
      body: { productId: "MS-O365-E3", quantity: 6 },
    });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}", 200, result.data);
  });
});

describe("cloud providers and provisioning", () => {
  const provider = { path: { accountId, customerId, providerId: "CPV-20931" } };

  it("createCloudProvider", async () => {
    const result = await client.POST("/v3/accounts/{accountId}/customers/{customerId}/cloudProviders", {
      params: customer,
      body: { vendor: "Microsoft", accountId: "tenant-1" },
    });
    expectResponse(result, 201);
    expectSchema("post", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders", 201, result.data);
  });

  it("getCloudProvider", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", { params: provider });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", 200, result.data);
  });

  it("linkCloudProvider", async () => {
    const result = await client.PUT("/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", {
      params: provider,
      body: { vendor: "Microsoft" },
    });
    expectResponse(result, 200);
    expectSchema("put", "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}", 200, result.data);
  });

  it("getProvisioningInfo", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/provisioningInfo", { params: account });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/provisioningInfo", 200, result.data);
  });
});

describe("reports", () => {
  const report = { path: { accountId, reportId: "RPT-BILLING-MONTHLY" } };

  it("listReports", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/reports", { params: account });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/reports", 200, result.data);
  });

  it("getReportMetadata", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/reports/{reportId}/metadata", { params: report });
    expectResponse(result, 200);
    expect(Array.isArray(result.data?.columns)).toBe(true);
    expectSchema("get", "/v3/accounts/{accountId}/reports/{reportId}/metadata", 200, result.data);
  });

  it("getReportData as JSON", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/reports/{reportId}/data", { params: report });
    expectResponse(result, 200);
    expectSchema("get", "/v3/accounts/{accountId}/reports/{reportId}/data", 200, result.data);
  });

  it("getReportData as CSV (Prism picks the media type from Accept)", async () => {
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
      client.POST("/v3/accounts/{accountId}/customers", {
        params: account,
        // @ts-expect-error email must be a string and companyName is required: the types refuse this body too
        body: { email: 42 },
      }),
    );
    expect(result.response.status).toBe(400);
    expect(violations.map((v) => v.code).sort()).toEqual(["required", "type"]);
    expect(result.error).toHaveProperty("message");
  });

  it("missing credentials get the spec's 401", async () => {
    const anonymous = createTdsynnexIonClient({ baseUrl, retry: { maxRetries: 0 } });
    const { result } = await recorder.collectViolations(() => anonymous.GET("/v3/accounts/{accountId}/customers", { params: account }));
    expect(result.response.status).toBe(401);
    expect(result.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it("Prefer: code=404 returns the typed NotFound body, and throws NotFoundError in throwing mode", async () => {
    const result = await client.GET("/v3/accounts/{accountId}/customers/{customerId}", { params: customer, headers: { Prefer: "code=404" } });
    expect(result.response.status).toBe(404);
    expect(result.data).toBeUndefined();
    expect(result.error?.code).toBeTypeOf("string");
    expectSchema("get", "/v3/accounts/{accountId}/customers/{customerId}", 404, result.error);

    const throwing = createTdsynnexIonClient({ baseUrl, auth: { token: "contract-test-token" }, throwOnError: true });
    const call = throwing.GET("/v3/accounts/{accountId}/customers/{customerId}", { params: customer, headers: { Prefer: "code=404" } });
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    await expect(call).rejects.toMatchObject({ status: 404, method: "GET" });
  });

  it("a missing path parameter fails before anything is sent", async () => {
    const call = client.GET("/v3/accounts/{accountId}/customers/{customerId}", {
      // @ts-expect-error customerId is required by the path
      params: { path: { accountId } },
    });
    await expect(call).rejects.toBeInstanceOf(MissingPathParameterError);
  });
});

describe("pagination", () => {
  it("paginate walks listCustomers by page/pageSize and stops at the total", async () => {
    const customers = [];
    for await (const c of client.paginate("/v3/accounts/{accountId}/customers", { params: { ...account, query: { pageSize: 25 } } }, { limit: 100 })) {
      customers.push(c);
    }
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
