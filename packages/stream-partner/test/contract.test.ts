// Contract tests: every operation in specs/stream-partner/openapi.yaml, called through the generated
// client against a Prism mock of the same spec. The recorder fails any call Prism finds a violation
// in, and the last test fails the suite if an operation in the spec was never covered.
import { describe, expect, inject, it } from "vitest";
import { createContractRecorder, createResponseValidator } from "@partnerkit/testkit";
import {
  type ApiPromise,
  ForbiddenError,
  MissingPathParameterError,
  NotFoundError,
  UnauthorizedError,
  createStreamPartnerClient,
  ssoRedirectUrl,
  vendor,
} from "../src/index.js";

const baseUrl = inject("prismUrl");
const recorder = createContractRecorder(inject("specFile"));
const matchesSpec = createResponseValidator(inject("specFile"));
const client = createStreamPartnerClient({ baseUrl, auth: { token: "contract-test-token" }, retry: { maxRetries: 0 } });
client.use(recorder.middleware);

// The spec's chained example ids (specs/stream-partner/NOTES.md).
const orgId = "65f1c0a2b3d4e5f6a7b8c901";
const onboardingId = "65f1c0a2b3d4e5f6a7b8c9a1";
const tokenId = "65f1c0a2b3d4e5f6a7b8c9d1";
const posLocationId = "65f1c0a2b3d4e5f6a7b8c9c1";
const providerLocationId = "4f2e8a61-93c7-4b1d-a0e5-6d9c3b7f2e18";

/** Awaits an operation method's call with its response: asserts the status and returns the typed body. */
async function expectCall<T>(call: ApiPromise<T>, status: number): Promise<T> {
  const { data, response } = await call.withResponse();
  expect(response.status).toBe(status);
  return data;
}

function expectSchema(method: string, path: string, status: number, body: unknown) {
  expect(matchesSpec(method, path, status, body)).toEqual([]);
}

describe("OAuth", () => {
  it("token: client_credentials grant with scopes as a JSON array", async () => {
    const data = await expectCall(
      client.token({ body: { grant_type: "client_credentials", client_id: "contract-client", client_secret: "contract-secret", scopes: ["onboarding", "sso"] } }),
      201,
    );
    expect(data.access_token).toBeTypeOf("string");
    expect(data.token_type.toLowerCase()).toBe("bearer");
    expect(data.expires_in).toBeTypeOf("number");
    expect(data.refresh_token).toBeTypeOf("string");
    expectSchema("post", "/oauth/token", 201, data);
  });

  it("token: refresh_token grant is accepted with the same body shape", async () => {
    const { violations, result } = await recorder.collectViolations(() =>
      client.token({ body: { grant_type: "refresh_token", client_id: "contract-client", client_secret: "contract-secret", refresh_token: "rt_contract" } }).withResponse(),
    );
    expect(violations).toEqual([]);
    expect(result.response.status).toBe(201);
  });
});

describe("partner tokens", () => {
  it("getPartnerTokens", async () => {
    const data = await expectCall(client.getPartnerTokens({ org_id: orgId }), 200);
    expect(Array.isArray(data)).toBe(true);
    expect(data[0]?._id).toBe(tokenId);
    expectSchema("get", "/partner-tokens", 200, data);
  });

  it("createPartnerToken", async () => {
    const data = await expectCall(client.createPartnerToken({ body: { org_id: orgId, token_name: "Harbor Grill POS bridge", scopes: ["onboarding"] } }), 201);
    expect(data._id).toBeTypeOf("string");
    expect(data.scopes).toEqual(["onboarding"]);
    expectSchema("post", "/partner-tokens", 201, data);
  });

  it("renamePartnerToken", async () => {
    const data = await expectCall(client.renamePartnerToken({ token_id: tokenId, body: { token_name: "Harbor Grill POS bridge (main)" } }), 200);
    expect(data.token_name).toBeTypeOf("string");
    expectSchema("patch", "/partner-tokens/{token_id}", 200, data);
  });

  it("deletePartnerToken: 204 without a body", async () => {
    const data = await expectCall(client.deletePartnerToken({ token_id: tokenId }), 204);
    expect(data).toBeUndefined();
  });
});

describe("SSO", () => {
  it("generateSSOSession, and the redirect link built from its token", async () => {
    const data = await expectCall(
      client.generateSSOSession({
        partner_id: "65f1c0a2b3d4e5f6a7b8c9f0",
        body: { email: "maria.lopez@harborgrill.example", full_name: "Maria Lopez", phone_number: "+14155550142", role: "owner", provider_org_id: "hg-group-1042" },
      }),
      201,
    );
    const token = data.sso_login_token;
    expect(token).toBeTypeOf("string");
    expectSchema("post", "/white-label/generate-session", 201, data);

    const link = new URL(ssoRedirectUrl("app.partner.example", data));
    expect(link.origin + link.pathname).toBe("https://app.partner.example/redirect/sso");
    expect(link.searchParams.get("code")).toBe(token);
  });
});

describe("onboarding", () => {
  it("createOrganization", async () => {
    const data = await expectCall(
      client.createOrganization({
        body: { name: "Harbor Grill", provider_id: "partner-merchant-88412", user: { email: "maria.lopez@harborgrill.example", first_name: "Maria", last_name: "Lopez" } },
      }),
      201,
    );
    expect(data.org_id).toBe(orgId);
    expect(data.user_id).toBeTypeOf("string");
    expectSchema("post", "/onboarding/org", 201, data);
  });

  it("initializeOAuthIntegration", async () => {
    const data = await expectCall(
      client.initializeOAuthIntegration({ body: { org_id: orgId, source: "toast", type: "pos", return_url: "https://partner.example/stream/oauth/callback" } }),
      201,
    );
    expect(data.onboarding._id).toBe(onboardingId);
    expect(data.onboarding.status).toBe("pending");
    expect(data.onboarding.entry_url).toMatch(/^https:\/\//);
    expectSchema("post", "/onboarding/integrations", 201, data);
  });

  it("getOAuthIntegrationStatus", async () => {
    const data = await expectCall(client.getOAuthIntegrationStatus({ id: onboardingId }), 200);
    expect(data.status).toBe("pending");
    expect(data.type).toBe("pos");
    expectSchema("get", "/onboarding/integrations/{id}", 200, data);
  });

  it("completeOAuthIntegration", async () => {
    const data = await expectCall(client.completeOAuthIntegration({ id: onboardingId, body: { code: "7d41c0e2b9a84f13" } }), 200);
    expect(data.status).toBe("active");
    expect(data.integration_id).toBeTypeOf("string");
    expectSchema("put", "/onboarding/integrations/{id}", 200, data);
  });

  it("listOnboardingLocations", async () => {
    const data = await expectCall(client.listOnboardingLocations({ onboarding_id: onboardingId }), 200);
    expect(data.locations[0]?.provider_id).toBe(providerLocationId);
    expect(data.locations[0]?.address?.latitude).toBeTypeOf("number");
    expectSchema("get", "/onboarding/locations", 200, data);
  });

  it("ingestPosLocations", async () => {
    const data = await expectCall(client.ingestPosLocations({ body: { onboarding_id: onboardingId, locations: [{ provider_id: providerLocationId }] } }), 201);
    expect(data.locations[0]?._id).toBe(posLocationId);
    expectSchema("post", "/onboarding/locations", 201, data);
  });

  it("bindDspLocations", async () => {
    const data = await expectCall(
      client.bindDspLocations({
        body: {
          onboarding_id: onboardingId,
          locations: [{ pos_location_id: posLocationId, dsp_provider_id: "dd-store-5531907", dsp_store_name: "Harbor Grill (Embarcadero)" }],
        },
      }),
      201,
    );
    expect(data.locations[0]?._id).toBeTypeOf("string");
    expect(data.locations[0]?.status).toBe("APPROVED");
    expectSchema("post", "/onboarding/locations/bind", 201, data);
  });

  it("listOrganizationLocations", async () => {
    const data = await expectCall(client.listOrganizationLocations({ id: orgId, location_id: posLocationId }), 200);
    expect(data.locations[0]?._id).toBe(posLocationId);
    expect(data.locations[0]?.dsps?.[0]?.change_time).toBeTypeOf("number");
    expectSchema("get", "/onboarding/org/{id}/locations", 200, data);
  });
});

describe("negative cases", () => {
  it("an invalid body is rejected and Prism's violations are reported", async () => {
    const { result, violations } = await recorder.collectViolations(() =>
      client.POST("/partner-tokens", {
        // @ts-expect-error token_name is required and "admin" is not a scope: the types refuse this body too
        body: { org_id: orgId, scopes: ["admin"] },
      }),
    );
    expect(result.response.status).toBe(400);
    expect(violations.map((v) => v.code).sort()).toEqual(["enum", "required"]);
    expect(result.error?.error).toBeTypeOf("string");
    expectSchema("post", "/partner-tokens", 400, result.error);
  });

  it("an integration type outside pos|dsp is a violation", async () => {
    const { result, violations } = await recorder.collectViolations(() =>
      client.POST("/onboarding/integrations", {
        // @ts-expect-error type is pos | dsp
        body: { org_id: orgId, source: "toast", type: "kiosk", return_url: "https://partner.example/cb" },
      }),
    );
    expect(result.response.status).toBe(400);
    expect(violations.map((v) => v.location.join("."))).toEqual(["request.body.type"]);
  });

  it("missing credentials get the spec's 401", async () => {
    const anonymous = createStreamPartnerClient({ baseUrl, retry: { maxRetries: 0 } });
    anonymous.use(recorder.middleware);
    const { result, violations } = await recorder.collectViolations(() => anonymous.GET("/onboarding/integrations/{id}", { params: { path: { id: onboardingId } } }));
    expect(result.response.status).toBe(401);
    expect(violations.map((v) => v.message).join()).toMatch(/security/i);
    expect(result.error?.error).toBe("unauthorized");
    expectSchema("get", "/onboarding/integrations/{id}", 401, result.error);

    const throwing = createStreamPartnerClient({ baseUrl, retry: { maxRetries: 0 }, throwOnError: true });
    await expect(throwing.GET("/onboarding/integrations/{id}", { params: { path: { id: onboardingId } } })).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("Prefer: code=404 returns the typed NotFound body, and throws NotFoundError in throwing mode", async () => {
    const init = { params: { path: { id: onboardingId } }, headers: { Prefer: "code=404" } };
    const result = await client.GET("/onboarding/integrations/{id}", init);
    expect(result.response.status).toBe(404);
    expect(result.data).toBeUndefined();
    expect(result.error?.error).toBe("not_found");
    expect(result.error?.message).toBeTypeOf("string");
    expectSchema("get", "/onboarding/integrations/{id}", 404, result.error);

    const throwing = createStreamPartnerClient({ baseUrl, auth: { token: "contract-test-token" }, throwOnError: true, retry: { maxRetries: 0 } });
    const call = throwing.GET("/onboarding/integrations/{id}", init);
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    await expect(call).rejects.toMatchObject({ status: 404, method: "GET", body: { error: "not_found" } });
    // Operation methods always throw, with the operation's error body.
    const method = client.getOAuthIntegrationStatus({ id: onboardingId }, { headers: { Prefer: "code=404" } });
    await expect(method).rejects.toBeInstanceOf(NotFoundError);
    await expect(method).rejects.toMatchObject({ status: 404, method: "GET", body: { error: "not_found" } });
  });

  it("Prefer: code=403 (a token without the needed scope) throws ForbiddenError", async () => {
    const throwing = createStreamPartnerClient({ baseUrl, auth: { token: "contract-test-token" }, throwOnError: true, retry: { maxRetries: 0 } });
    const call = throwing.POST("/white-label/generate-session", {
      body: { email: "maria.lopez@harborgrill.example", full_name: "Maria Lopez", phone_number: "+14155550142" },
      headers: { Prefer: "code=403" },
    });
    await expect(call).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call).rejects.toMatchObject({ status: 403, body: { error: "forbidden" } });
  });

  it("a missing path parameter fails before anything is sent", async () => {
    // @ts-expect-error token_id is required by the path
    await expect(client.deletePartnerToken({})).rejects.toBeInstanceOf(MissingPathParameterError);
    const call = client.DELETE("/partner-tokens/{token_id}", {
      // @ts-expect-error token_id is required by the path
      params: { path: {} },
    });
    await expect(call).rejects.toBeInstanceOf(MissingPathParameterError);
  });
});

describe("coverage", () => {
  it("every operation in the spec has a contract test", () => {
    expect(recorder.missing()).toEqual([]);
    expect(recorder.covered.size).toBe(recorder.operationIds.length);
    expect(recorder.covered.size).toBe(14);
  });
});
