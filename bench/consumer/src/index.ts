// A consumer of all four vendor packages calling 20 operations, type-checked by bench/typecheck.mjs.
// The assignments to annotated locals make the checker resolve each response type, as real code would.
import { createAfostoClient } from "@partnerkit/afosto";
import { createRezstreamClient } from "@partnerkit/rezstream";
import { createStreamPartnerClient } from "@partnerkit/stream-partner";
import { createTdsynnexIonClient, type components as Ion } from "@partnerkit/tdsynnex-ion";

const ion = createTdsynnexIonClient({ auth: { token: "t" }, throwOnError: true });
const sp = createStreamPartnerClient({ baseUrl: "https://stream.example", auth: { token: "t" } });
const rez = createRezstreamClient({ auth: { token: "t" }, apiVersion: "1", tenantId: "acme" });
const afosto = createAfostoClient({ auth: { token: "t" }, throwOnError: true });

export async function tdsynnex(accountId: string, customerId: string) {
  const customers = await ion.GET("/v3/accounts/{accountId}/customers", { params: { path: { accountId } } });
  const first: Ion["schemas"]["Customer"] | undefined = customers.data.customers?.[0];
  const created = await ion.POST("/v3/accounts/{accountId}/customers", {
    params: { path: { accountId } },
    body: { companyName: "Acme", email: "ops@acme.test" },
  });
  const customer = await ion.GET("/v3/accounts/{accountId}/customers/{customerId}", { params: { path: { accountId, customerId } } });
  const orders = await ion.GET("/v3/accounts/{accountId}/orders", { params: { path: { accountId } } });
  const products = await ion.GET("/v3/accounts/{accountId}/products", { params: { path: { accountId } } });
  const reports = await ion.GET("/v3/accounts/{accountId}/reports", { params: { path: { accountId } } });
  return { first, created: created.data, customer: customer.data, orders: orders.data, products: products.data, reports: reports.data };
}

export async function streamPartner(orgId: string) {
  const tokens = await sp.GET("/partner-tokens", { params: { query: { org_id: orgId } } });
  const locations = await sp.GET("/onboarding/org/{id}/locations", { params: { path: { id: orgId } } });
  const integration = await sp.GET("/onboarding/integrations/{id}", { params: { path: { id: "i-1" } } });
  const removed = await sp.DELETE("/partner-tokens/{token_id}", { params: { path: { token_id: "t-1" } } });
  if (tokens.error) return tokens.error;
  return { tokens: tokens.data, locations: locations.data, integration: integration.data, removed: removed.response.status };
}

export async function rezstream(from: string, to: string) {
  const business = await rez.GET("/inventory/business");
  const units = await rez.GET("/inventory/units");
  const calendar = await rez.GET("/availability/calendar/unit", { params: { query: { from, to } } });
  const reservation = await rez.GET("/reservations/{id}", { params: { path: { id: "r-1" } } });
  return { business: business.data, units: units.data, calendar: calendar.data, reservation: reservation.data, requestId: business.requestId };
}

export async function afostoCalls(id: string) {
  const channels = await afosto.GET("/cat/channels");
  const channel = await afosto.GET("/cat/channels/{id}", { params: { path: { id } } });
  const groups = await afosto.GET("/cat/groups");
  const pricing = await afosto.GET("/cat/groups/{id}/prices/{sku}", { params: { path: { id, sku: "sku-1" } } });
  const actions = await afosto.GET("/cnt/actions");
  const order = await afosto.GET("/odr/orders/{id}", { params: { path: { id } } });
  return { channels: channels.data, channel: channel.data, groups: groups.data, pricing: pricing.data, actions: actions.data, order: order.data };
}
