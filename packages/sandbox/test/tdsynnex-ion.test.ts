// TD SYNNEX through its generated client against the sandbox, as a user's integration test would run.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, createTdsynnexIonClient, NotFoundError, UnauthorizedError } from "@partnerkit/tdsynnex-ion";
import { startSandbox, type Sandbox, type VendorCredentials } from "../src/index.js";

let sandbox: Sandbox<VendorCredentials["tdsynnex-ion"]>;
beforeAll(async () => {
  sandbox = await startSandbox("tdsynnex-ion");
});
afterAll(() => sandbox?.close());
beforeEach(() => sandbox.reset());
// Every answer the sandbox gave matched the spec (its own bodies are checked like the client's).
afterEach(() => expect(sandbox.violations.filter((v) => v.direction === "response")).toEqual([]));

const client = () =>
  createTdsynnexIonClient({
    baseUrl: sandbox.url,
    auth: { ...sandbox.credentials },
    accountId: "1001234", // the spec's example account, under which the seed lives
    retry: { maxRetries: 2, initialDelay: 10, maxDelay: 50 },
  });

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe("TD SYNNEX sandbox", () => {
  it("serves customers: create, then in listCustomers across pages, get, update; orders cancelled go away", async () => {
    const ion = client();
    const seeded = await collect(ion.listCustomers({ pageSize: 1 }));
    expect(seeded.map((c) => c.customerId)).toEqual(["3305821", "3305907"]);

    const created = await ion.createCustomer({ body: { companyName: "Northwind Dental", email: "it@northwind.example" } });
    expect(created.customerId).toBe("3305908"); // deterministic: the seed's largest id, counted on
    expect(created.companyName).toBe("Northwind Dental");

    // Page size 1: three pages, walked by the client's page-number pagination against totalCount.
    const pages = await collect(ion.listCustomers({ pageSize: 1 }).pages());
    expect(pages.map((p) => p.items.map((c) => c.customerId))).toEqual([["3305821"], ["3305907"], ["3305908"]]);
    expect(sandbox.requests.filter((r) => r.operationId === "listCustomers" && /page=3/.test(r.path))).toHaveLength(1);

    expect(await ion.getCustomer({ customerId: created.customerId! })).toMatchObject({ companyName: "Northwind Dental" });
    const updated = await ion.updateCustomer({ customerId: created.customerId!, body: { companyName: "Northwind Dental Group", email: "it@northwind.example" } });
    expect(updated).toMatchObject({ customerId: "3305908", companyName: "Northwind Dental Group" });
    expect(await ion.getCustomer({ customerId: "3305908" })).toMatchObject({ companyName: "Northwind Dental Group" });

    // TD SYNNEX has no customer DELETE; orders have one (cancelOrder).
    const order = await ion.createOrder({ body: { customerId: "3305908", items: [{ productId: "MS-M365-E3", quantity: 5 }] } });
    expect(order.orderId).toBe("ORD-2025-0048378");
    expect((await collect(ion.listOrders({ pageSize: 2 }))).map((o) => o.orderId)).toContain(order.orderId);
    await ion.cancelOrder({ orderId: order.orderId! });
    await expect(ion.getOrder({ orderId: order.orderId! })).rejects.toBeInstanceOf(NotFoundError);
    expect((await collect(ion.listOrders({ pageSize: 2 }))).map((o) => o.orderId)).not.toContain(order.orderId);
  });

  it("customer -> cart -> items -> checkout: the order appears in listOrders across pages (nested collections stay apart)", async () => {
    const ion = client();
    const customer = await ion.createCustomer({ body: { companyName: "Cart Buyer", email: "buyer@x.example" } });
    const cart = await ion.createCart({ customerId: customer.customerId!, body: { notes: "Q3 renewal" } });
    expect(cart.cartId).toBe("CART-55191");
    const item = await ion.addCartItem({ customerId: customer.customerId!, cartId: cart.cartId!, body: { productId: "MS-M365-E3", quantity: 3 } });
    expect(item).toMatchObject({ itemId: "ITEM-3", productId: "MS-M365-E3", quantity: 3 });
    expect((await ion.listCartItems({ customerId: customer.customerId!, cartId: cart.cartId! })).map((i) => i.itemId)).toEqual(["ITEM-3"]);
    expect((await ion.listCarts({ customerId: customer.customerId! })).map((c) => c.cartId)).toEqual(["CART-55191"]);
    // The seed cart stays with the seed customer, and its items with it (ids go on from the seed: ITEM-3).
    expect((await ion.listCarts({ customerId: "3305821" })).map((c) => c.cartId)).toEqual(["CART-55190"]);
    expect((await ion.listCartItems({ customerId: "3305821", cartId: "CART-55190" })).map((i) => i.itemId)).toEqual(["ITEM-1", "ITEM-2"]);
    await expect(ion.getCart({ customerId: "3305821", cartId: cart.cartId! })).rejects.toBeInstanceOf(NotFoundError);

    // Checkout creates an order (x-partnerkit.resources orders.createdBy), found in listOrders across pages and by id.
    const order = await ion.checkoutCart({ customerId: customer.customerId!, cartId: cart.cartId! });
    expect(order).toMatchObject({ orderId: "ORD-2025-0048378", customerId: customer.customerId });
    const walked = await collect(ion.listOrders({ pageSize: 1 }));
    expect(walked.map((o) => o.orderId)).toEqual(["ORD-2025-0048213", "ORD-2025-0048377", "ORD-2025-0048378"]);
    expect(await ion.getOrder({ orderId: order.orderId! })).toMatchObject({ customerId: customer.customerId });
  });

  it("expires tokens after tokenLifetime: a stale token gets 401", async () => {
    const short = await startSandbox("tdsynnex-ion", { tokenLifetime: 1 });
    try {
      const response = await fetch(short.tokenUrl!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: short.credentials.refreshToken }),
      });
      const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
      expect(expires_in).toBe(1);
      const call = () => fetch(`${short.url}/v3/accounts/1001234/customers`, { headers: { authorization: `Bearer ${access_token}` } });
      expect((await call()).status).toBe(200);
      await new Promise((done) => setTimeout(done, 1_100)); // past the lifetime; a longer wait on a busy machine changes nothing
      const stale = await call();
      expect(stale.status).toBe(401);
      expect(stale.headers.get("www-authenticate")).toMatch(/invalid_token/);
    } finally {
      await short.close();
    }
  });

  it("filters a list by a documented query parameter that names an item field (listOrders status)", async () => {
    const pending = await collect(client().listOrders({ status: "PENDING" }));
    expect(pending.map((o) => o.orderId)).toEqual(["ORD-2025-0048377"]);
  });

  it("reset() restores the seed", async () => {
    const ion = client();
    await ion.createCustomer({ body: { companyName: "Gone Soon", email: "a@b.example" } });
    expect((await ion.listCustomers()).customers).toHaveLength(3);
    sandbox.reset();
    const fresh = client(); // reset() also revokes tokens and restores the initial refresh token
    expect((await fresh.listCustomers()).customers?.map((c) => c.customerId)).toEqual(["3305821", "3305907"]);
    expect((await fresh.listCustomers()).totalCount).toBe(2);
    // The id counter starts over too: the same create gives the same id after a reset.
    expect((await fresh.createCustomer({ body: { companyName: "Again", email: "a@b.example" } })).customerId).toBe("3305908");
  });

  it("answers 401 without a token, and with one the sandbox did not issue", async () => {
    const anonymous = createTdsynnexIonClient({ baseUrl: sandbox.url, accountId: "1001234" });
    await expect(anonymous.listCustomers()).rejects.toBeInstanceOf(UnauthorizedError);
    const forged = createTdsynnexIonClient({ baseUrl: sandbox.url, accountId: "1001234", auth: { token: "not-issued" } });
    await expect(forged.listCustomers()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("survives a token expiring in the middle of a pagination walk: the client refreshes (rotated) and the walk completes", async () => {
    const ion = client();
    for (let i = 0; i < 4; i++) await ion.createCustomer({ body: { companyName: `Customer ${i}`, email: `c${i}@x.example` } });
    let seen = 0;
    const ids: string[] = [];
    for await (const customer of ion.listCustomers({ pageSize: 2 })) {
      ids.push(customer.customerId!);
      if (++seen === 2) sandbox.expireTokens(); // after the first page
    }
    expect(ids).toHaveLength(6);
    const tokenCalls = sandbox.requests.filter((r) => r.operationId === "getAccessToken");
    expect(tokenCalls.map((r) => r.status)).toEqual([200, 200]); // the first token, then one refresh with the rotated refresh token
    const listCalls = sandbox.requests.filter((r) => r.operationId === "listCustomers");
    expect(listCalls.map((r) => r.status)).toEqual([200, 401, 200, 200]);
  });

  it("rotates refresh tokens: a used refresh token is refused", async () => {
    const first = await fetch(new URL("/oauth/token", sandbox.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: sandbox.credentials.refreshToken }),
    });
    const issued = (await first.json()) as { access_token: string; refresh_token: string; expires_in: number };
    expect(first.status).toBe(200);
    expect(issued.expires_in).toBe(3600);
    expect(issued.refresh_token).not.toBe(sandbox.credentials.refreshToken);
    const again = await fetch(new URL("/oauth/token", sandbox.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: sandbox.credentials.refreshToken }),
    });
    expect(again.status).toBe(401); // Ion documents 401 for an invalid, expired or revoked refresh token
  });

  it("honours Retry-After on a scripted 429, and retries through a 5xx burst", async () => {
    const ion = client();
    sandbox.failNext("listCustomers", { status: 429, retryAfter: 1 });
    expect((await ion.listCustomers()).customers).toHaveLength(2);
    const calls = sandbox.requests.filter((r) => r.operationId === "listCustomers");
    expect(calls.map((r) => r.status)).toEqual([429, 200]);
    // Retry-After: 1 was waited for (a lower bound only, safe on a busy machine; the client's own backoff is 10 ms).
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(900);

    sandbox.failNext("getCustomer", { status: 503, times: 2 });
    expect(await ion.getCustomer({ customerId: "3305821" })).toMatchObject({ companyName: "Contoso Dental Group" });
    expect(sandbox.requests.filter((r) => r.operationId === "getCustomer").map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it("answers 400 to a request body that breaks the spec, naming the operation and the pointer", async () => {
    const ion = client();
    // A user's bug the types would catch, forced past them: the wrong type for email, and no companyName.
    const body = { email: 42 } as unknown as { companyName: string; email: string };
    const error = await ion.createCustomer({ body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(String((error as BadRequestError).body && JSON.stringify((error as BadRequestError).body))).toMatch(/createCustomer: the request body does not match the spec: .*companyName/);
    expect(sandbox.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operationId: "createCustomer", direction: "request", pointer: "/email", message: "/email must be string" }),
        expect.objectContaining({ operationId: "createCustomer", direction: "request", pointer: "/" }),
      ]),
    );
    expect((await ion.listCustomers()).totalCount).toBe(2); // nothing was stored
  });

  it("fails the token request on demand: the client retries it", async () => {
    sandbox.failNext("getAccessToken", { status: 503, retryAfter: 0 });
    expect((await client().listCustomers()).totalCount).toBe(2);
    expect(sandbox.requests.filter((r) => r.operationId === "getAccessToken").map((r) => r.status)).toEqual([503, 200]);
  });

  it("falls back to the spec's example for an operation without resource data", async () => {
    expect(await client().getProduct({ productId: "MS-M365-E3" })).toMatchObject({ productId: "MS-M365-E3", name: "Microsoft 365 E3" });
  });

  it("rejects bad arguments with a TypeError before starting anything", async () => {
    await expect(startSandbox("../etc" as "tdsynnex-ion")).rejects.toBeInstanceOf(TypeError);
    await expect(startSandbox("no-such-vendor")).rejects.toThrow(/no spec for vendor "no-such-vendor"/);
    expect(() => sandbox.failNext("noSuchOperation", { status: 429 })).toThrow(TypeError);
    expect(() => sandbox.failNext("listCustomers", { status: 200 })).toThrow(TypeError);
  });
});
