// Contract tests: all 17 operations of specs/rezstream/openapi.yaml, called through the generated client
// against a Prism mock of the same spec. Any Prism finding (sl-violations) fails the call; the response
// validator checks each body against the spec's schema; the last test proves every operation was covered.
import { describe, expect, inject, it } from "vitest";
import { type Violation, createContractRecorder, createResponseValidator } from "@partnerkit/testkit";
import { type ApiPromise, ForbiddenError, NotFoundError, UnauthorizedError, createRezstreamClient, parseLinkHeader, vendor } from "../src/index.js";

const baseUrl = inject("prismUrl");
const recorder = createContractRecorder(inject("specFile"));
const matchesSpec = createResponseValidator(inject("specFile"));
// apiVersion and tenantId are set so that Prism validates both headers on every call below.
const options = { baseUrl, auth: { token: "contract-test-token" }, apiVersion: "2025-09-22", tenantId: "tenant-1", retry: { maxRetries: 0 } };
const client = createRezstreamClient(options);
client.use(recorder.middleware);

const window = { from: "2025-09-23", to: "2025-09-27" };
const reservationId = "a2857289-0f63-4a26-b509-444699485a33";

/** An operation method's call awaited with its response, in the `{ data, error, response }` shape the checks read. */
async function sent<T>(call: ApiPromise<T>): Promise<{ data: T; error: undefined; response: Response }> {
  const { data, response } = await call.withResponse();
  return { data, error: undefined, response };
}

function expectStatus(result: { error?: unknown; response: Response }, status: number) {
  expect(result.error).toBeUndefined();
  expect(result.response.status).toBe(status);
}

function expectSchema(method: string, path: string, status: number, body: unknown) {
  expect(matchesSpec(method, path, status, body)).toEqual([]);
}

/** The violations in Prism's own 422 problem+json body. */
function validationOf(error: unknown): Violation[] {
  expect(error).toMatchObject({ status: 422, validation: expect.any(Array) });
  return (error as { validation: Violation[] }).validation;
}

function linkRels(response: Response): string[] {
  return parseLinkHeader(response.headers.get("link")).flatMap((l) => l.rel).sort();
}

describe("inventory", () => {
  it("getInventory", async () => {
    const result = await sent(client.getInventory());
    expectStatus(result, 200);
    expect(result.data).toBeTypeOf("object");
    expect(Array.isArray(result.data)).toBe(false);
    expectSchema("get", "/inventory", 200, result.data);
  });

  it("getBusiness", async () => {
    const result = await sent(client.getBusiness());
    expectStatus(result, 200);
    expect(Array.isArray(result.data)).toBe(false);
    expectSchema("get", "/inventory/business", 200, result.data);
  });

  it("listProperties", async () => {
    const result = await sent(client.listProperties());
    expectStatus(result, 200);
    expect(result.data?.[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expectSchema("get", "/inventory/properties", 200, result.data);
  });

  it("listUnits", async () => {
    const result = await sent(client.listUnits());
    expectStatus(result, 200);
    expect(result.data?.map((u) => u.id)).toHaveLength(2);
    expectSchema("get", "/inventory/units", 200, result.data);
  });

  it("listUnitTypes", async () => {
    const result = await sent(client.listUnitTypes());
    expectStatus(result, 200);
    expect(result.data?.[0]?.id).toBeTypeOf("string");
    expectSchema("get", "/inventory/unitTypes", 200, result.data);
  });

  it("listInventoryRates", async () => {
    const result = await sent(client.listInventoryRates());
    expectStatus(result, 200);
    const rate = result.data?.[0];
    expect(rate?.rateId).toBeTypeOf("string");
    expect(rate?.defaultRate).toBe(true);
    expectSchema("get", "/inventory/rates", 200, result.data);
  });
});

describe("availability", () => {
  it("getUnitCalendar: one status per day, both ends inclusive", async () => {
    const result = await sent(client.getUnitCalendar(window));
    expectStatus(result, 200);
    const unit = result.data?.[0];
    expect(unit?.unitId).toBeTypeOf("string");
    expect(unit?.startDate).toBe("2025-09-23");
    expect(unit?.statuses).toHaveLength(5);
    expectSchema("get", "/availability/calendar/unit", 200, result.data);
  });

  it("getUnitTypeCalendar: daily metrics add up to unitCount", async () => {
    const result = await sent(client.getUnitTypeCalendar(window));
    expectStatus(result, 200);
    const type = result.data?.[0];
    expect(type?.metrics).toHaveLength(5);
    // The day counts are optional in the spec (known from one example); the mock serves that example in full.
    for (const day of type?.metrics ?? []) expect(day.available! + day.reserved! + day.blocked!).toBe(type?.unitCount);
    expectSchema("get", "/availability/calendar/type", 200, result.data);
  });

  it("listBlocksByDate: a bare array with offset Link headers", async () => {
    const result = await sent(client.listBlocksByDate({ ...window, limit: 2, skip: 0 }));
    expectStatus(result, 200);
    expect(result.data?.[0]?.id).toBeTypeOf("string");
    // A first page (skip=0): the mock computes its links for the request, so there is no prev.
    expect(linkRels(result.response)).toEqual(["first", "last", "next"]);
    expectSchema("get", "/availability/blocks/byDate", 200, result.data);
  });
});

describe("rates", () => {
  it("listNightlyRates", async () => {
    const result = await sent(client.listNightlyRates(window));
    expectStatus(result, 200);
    const rate = result.data?.[0];
    expect(rate?.allowUpdates).toBe(true);
    expect(rate?.data?.[0]?.price).toBeTypeOf("number");
    expect(rate?.data?.[0]?.baseOccupancy).toBeTypeOf("number");
    expectSchema("get", "/rates/nightly", 200, result.data);
  });

  it("updateNightlyRates: null facets mean unchanged; 200 without a body", async () => {
    const result = await sent(
      client.updateNightlyRates({
        body: [
          {
            rateId: "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68",
            data: [
              { date: "2025-10-03", price: 199, minimumNights: 2 },
              { date: "2025-10-04", price: null, closedToArrival: true },
            ],
          },
        ],
      }),
    );
    expectStatus(result, 200);
    expect(result.data).toBeUndefined();
  });

  it("listReservedRatesByDate", async () => {
    const result = await sent(client.listReservedRatesByDate({ from: "2025-09-01", to: "2025-09-30", limit: 10, skip: 0 }));
    expectStatus(result, 200);
    const record = result.data?.[0];
    expect(record?.version).toBeTypeOf("number");
    expect(record?.unitAssignments?.[0]?.rentalRevenue).toBeTypeOf("number");
    // A first page (skip=0): the mock computes its links for the request, so there is no prev.
    expect(linkRels(result.response)).toEqual(["first", "last", "next"]);
    expectSchema("get", "/rates/reserved/byDate", 200, result.data);
  });

  it("listReservedRatesUpdated", async () => {
    const result = await sent(client.listReservedRatesUpdated({ from: "2025-09-01T00:00:00Z", limit: 10 }));
    expectStatus(result, 200);
    expect(result.data?.[0]?.updatedAt).toBeTypeOf("string");
    expect(linkRels(result.response)).toEqual(["first", "next"]);
    expectSchema("get", "/rates/reserved/updated", 200, result.data);
  });
});

describe("reservations", () => {
  it("listReservationsUpdated: cursor Link with percent-encoded afterAt/afterId", async () => {
    const result = await sent(client.listReservationsUpdated({ from: "2020-01-01T00:00:00Z", afterAt: "2021-10-01T14:41:12.5Z", afterId: reservationId, limit: 10 }));
    expectStatus(result, 200);
    expect(result.data?.map((r) => r.id)).toHaveLength(2);
    expect(linkRels(result.response)).toEqual(["first", "next"]);
    const next = new URL(parseLinkHeader(result.response.headers.get("link")).find((l) => l.rel.includes("next"))!.uri);
    expect(next.search).toContain("afterAt=2021-10-01T14%3A44%3A54.03Z");
    expect(next.searchParams.get("afterId")).toBe("fa801bc8-92af-48d3-9ee4-a8685f794904");
    expectSchema("get", "/reservations/updated", 200, result.data);
  });

  it("listReservationsByDate", async () => {
    const result = await sent(client.listReservationsByDate({ from: "2023-01-01", to: "2024-01-01", limit: 20, skip: 0 }));
    expectStatus(result, 200);
    expect(result.data?.[0]?.id).toBeTypeOf("string");
    // A first page (skip=0): the mock computes its links for the request, so there is no prev.
    expect(linkRels(result.response)).toEqual(["first", "last", "next"]);
    expectSchema("get", "/reservations/byDate", 200, result.data);
  });

  it("getReservation", async () => {
    const result = await sent(client.getReservation({ id: reservationId }));
    expectStatus(result, 200);
    expect(result.data?.id).toBe(reservationId);
    expectSchema("get", "/reservations/{id}", 200, result.data);
  });
});

describe("auth", () => {
  it("getTokenDetails (declares no tenant header; the one the client sends is harmless)", async () => {
    const result = await sent(client.getTokenDetails());
    expectStatus(result, 200);
    expect(result.data).toBeTypeOf("object");
    expectSchema("get", "/auth/tokendetails", 200, result.data);
  });
});

describe("negative cases", () => {
  // With no 400/422 in the spec (rezStream documents none), Prism answers an invalid request with its own 422
  // problem+json and lists the violations in its `validation` member instead of the sl-violations header.
  it("an invalid body is refused with 422 and Prism's violations are reported", async () => {
    const { result } = await recorder.collectViolations(() =>
      client.POST("/rates/nightly", {
        // @ts-expect-error rateId must be a uuid string and date is required: the types refuse this body too
        body: [{ rateId: 42, data: [{ price: "cheap" }] }],
      }),
    );
    expect(result.response.status).toBe(422);
    expect(validationOf(result.error).map((v) => `${v.location.join(".")} ${v.code}`).sort()).toEqual([
      "body.0.data.0 required",
      "body.0.data.0.price type",
      "body.0.rateId type",
    ]);
  });

  it("a malformed apiVersion is refused (versions are YYYY-MM-DD dates): by the client at creation, by the mock when sent", async () => {
    expect(() => createRezstreamClient({ ...options, apiVersion: "v2" })).toThrow(/apiVersion \(X-RezStream-Api-Version\) must match/);
    // Sent per request, past the client's check, the mock refuses it too.
    const { apiVersion: _apiVersion, ...withoutVersion } = options;
    const result = await createRezstreamClient(withoutVersion).GET("/inventory/business", { params: { header: { "X-RezStream-Api-Version": "v2" } } });
    expect(result.response.status).toBe(422);
    expect(validationOf(result.error).map((v) => `${v.location.join(".")} ${v.code}`)).toContain("header.x-rezstream-api-version pattern");
  });

  it("a missing required query parameter is refused", async () => {
    const result = await client.GET("/availability/calendar/unit", {
      // @ts-expect-error `to` is required on the calendar endpoints
      params: { query: { from: "2025-09-23" } },
    });
    expect(result.response.status).toBe(422);
    expect(validationOf(result.error).map((v) => `${v.location.join(".")} ${v.code}`)).toEqual(["query required"]);
  });

  it("missing credentials get the spec's 401 Problem, and UnauthorizedError when throwing", async () => {
    const anonymous = createRezstreamClient({ baseUrl, retry: { maxRetries: 0 } });
    const result = await anonymous.GET("/reservations/byDate", { params: { query: { from: "2023-01-01", to: "2024-01-01" } } });
    expect(result.response.status).toBe(401);
    expect(result.error?.status).toBe(401);
    expect(result.error?.title).toBe("Unauthorized");
    expectSchema("get", "/reservations/byDate", 401, result.error);

    const throwing = createRezstreamClient({ baseUrl, throwOnError: true, retry: { maxRetries: 0 } });
    await expect(throwing.GET("/auth/tokendetails")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("Prefer: code=404 on getReservation returns the typed Problem, and NotFoundError when throwing", async () => {
    const result = await client.GET("/reservations/{id}", { params: { path: { id: reservationId } }, headers: { Prefer: "code=404" } });
    expect(result.response.status).toBe(404);
    expect(result.data).toBeUndefined();
    expect(result.error?.title).toBe("Not Found");
    expect(result.error?.status).toBe(404);
    expectSchema("get", "/reservations/{id}", 404, result.error);

    const throwing = createRezstreamClient({ ...options, throwOnError: true });
    const call = throwing.GET("/reservations/{id}", { params: { path: { id: reservationId } }, headers: { Prefer: "code=404" } });
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    await expect(call).rejects.toMatchObject({ status: 404, method: "GET", body: { title: "Not Found" } });
    // Operation methods always throw, with the operation's error body.
    const method = client.getReservation({ id: reservationId }, { headers: { Prefer: "code=404" } });
    await expect(method).rejects.toBeInstanceOf(NotFoundError);
    await expect(method).rejects.toMatchObject({ status: 404, method: "GET", body: { title: "Not Found" } });
  });

  it("Prefer: code=403 (missing permission) returns the typed Problem, and ForbiddenError when throwing", async () => {
    const body = [{ rateId: "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68", data: [{ date: "2025-10-03", price: 199 }] }];
    const result = await client.POST("/rates/nightly", { body, headers: { Prefer: "code=403" } });
    expect(result.response.status).toBe(403);
    expect(result.error?.title).toBe("Forbidden");
    expectSchema("post", "/rates/nightly", 403, result.error);

    const throwing = createRezstreamClient({ ...options, throwOnError: true });
    await expect(throwing.POST("/rates/nightly", { body, headers: { Prefer: "code=403" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("pagination against Prism", () => {
  it("walks the mock's pages: Link targets on the mock's origin, offset moved by limit, no next on the last page", async () => {
    const skips: (string | null)[] = [];
    for await (const page of client.listReservationsByDate({ from: "2023-01-01", to: "2024-01-01", limit: 10 }).pages()) {
      const url = new URL(page.response!.url);
      expect(url.origin).toBe(new URL(baseUrl).origin);
      skips.push(url.searchParams.get("skip"));
      expect(page.items.length).toBeGreaterThan(0);
    }
    // The first page is the caller's request; the mock serves three pages (packages/testkit/src/mock-pagination.js).
    expect(skips).toEqual([null, "10", "20"]);
  });
});

describe("coverage", () => {
  it("every operation in the spec has a contract test", () => {
    expect(recorder.missing()).toEqual([]);
    expect(recorder.covered.size).toBe(recorder.operationIds.length);
    expect(recorder.covered.size).toBe(17);
  });
});
