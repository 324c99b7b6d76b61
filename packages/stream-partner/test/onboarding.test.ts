// The headless onboarding flow walked in order against Prism, each request built from the previous
// response (never from constants), so a broken link in the chain of example ids fails here.
import { expect, inject, it } from "vitest";
import { createContractRecorder } from "@partnerkit/testkit";
import { createStreamPartnerClient, vendor } from "../src/index.js";

const baseUrl = inject("prismUrl");

it("token -> organization -> integration -> status -> complete -> locations -> DSP binding -> organization locations", async () => {
  const recorder = createContractRecorder(inject("specFile"));
  // throwOnError: any non-2xx stops the walk with a typed error instead of an undefined further down.
  const options = { baseUrl, throwOnError: true, retry: { maxRetries: 0 } } as const;

  const tokenClient = createStreamPartnerClient(options);
  tokenClient.use(recorder.middleware);
  const { data: token } = await tokenClient.POST("/oauth/token", {
    body: { grant_type: "client_credentials", client_id: "partner-client", client_secret: "partner-secret", scopes: ["onboarding"] },
  });

  const client = createStreamPartnerClient({ ...options, auth: { token: token.access_token } });
  client.use(recorder.middleware);

  const { data: org } = await client.POST("/onboarding/org", {
    body: { name: "Harbor Grill", provider_id: "partner-merchant-88412", user: { email: "maria.lopez@harborgrill.example", first_name: "Maria", last_name: "Lopez" } },
  });

  const { data: started } = await client.POST("/onboarding/integrations", {
    body: { org_id: org.org_id, source: "toast", type: "pos", return_url: "https://partner.example/stream/oauth/callback" },
  });
  expect(started.onboarding.org_id).toBe(org.org_id);
  expect(started.onboarding.status).toBe("pending");
  // An OAuth-capable source: the user would be sent to entry_url and come back with a code.
  expect(started.onboarding.entry_url).toMatch(/^https:\/\//);
  const onboardingId = started.onboarding._id;

  const { data: status } = await client.GET("/onboarding/integrations/{id}", { params: { path: { id: onboardingId } } });
  expect(status._id).toBe(onboardingId);
  expect(status.status).toBe("pending");

  const { data: completed } = await client.PUT("/onboarding/integrations/{id}", { params: { path: { id: onboardingId } }, body: { code: "7d41c0e2b9a84f13" } });
  expect(completed._id).toBe(onboardingId);
  expect(completed.status).toBe("active");

  // Not one of the named steps, but the only source of the provider ids that ingestion takes.
  const { data: available } = await client.GET("/onboarding/locations", { params: { query: { onboarding_id: onboardingId } } });
  const providerIds = available.locations.map((l) => l.provider_id);
  expect(providerIds.length).toBeGreaterThan(0);

  const { data: ingested } = await client.POST("/onboarding/locations", {
    body: { onboarding_id: onboardingId, locations: providerIds.map((provider_id) => ({ provider_id })) },
  });
  expect(ingested.locations.map((l) => l.provider_id)).toEqual(providerIds);
  const posLocationId = ingested.locations[0]!._id;

  const { data: bound } = await client.POST("/onboarding/locations/bind", {
    body: {
      onboarding_id: onboardingId,
      locations: [{ pos_location_id: posLocationId, dsp_provider_id: "dd-store-5531907", dsp_store_name: "Harbor Grill (Embarcadero)" }],
    },
  });
  const binding = bound.locations[0]!;
  expect(binding.status).toBe("APPROVED");

  const { data: orgLocations } = await client.GET("/onboarding/org/{id}/locations", { params: { path: { id: org.org_id } } });
  const location = orgLocations.locations.find((l) => l._id === posLocationId);
  expect(location).toBeDefined();
  expect(location?.dsps?.map((d) => d._id)).toContain(binding._id);
  expect(location?.dsps?.find((d) => d._id === binding._id)?.status).toBe(binding.status);

  // Every step reached Prism without a violation, in this order.
  expect([...recorder.covered]).toEqual([
    "token",
    "createOrganization",
    "initializeOAuthIntegration",
    "getOAuthIntegrationStatus",
    "completeOAuthIntegration",
    "listOnboardingLocations",
    "ingestPosLocations",
    "bindDspLocations",
    "listOrganizationLocations",
  ]);
});
