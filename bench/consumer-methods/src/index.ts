// The 20 calls of ../consumer/src/index.ts, made through operation methods; type-checked by bench/typecheck.mjs.
// The assignments to annotated locals make the checker resolve each response type, as real code would.
import { createAfostoClient } from "@partnerkit/afosto";
import { createRezstreamClient } from "@partnerkit/rezstream";
import { createStreamPartnerClient } from "@partnerkit/stream-partner";
import { createTdsynnexIonClient, type components as Ion } from "@partnerkit/tdsynnex-ion";

const ion = createTdsynnexIonClient({ auth: { token: "t" } });
const sp = createStreamPartnerClient({ baseUrl: "https://stream.example", auth: { token: "t" } });
const rez = createRezstreamClient({ auth: { token: "t" }, apiVersion: "1", tenantId: "acme" });
const afosto = createAfostoClient({ auth: { token: "t" } });

export async function tdsynnex(accountId: string, customerId: string) {
  const customers = await ion.listCustomers({ accountId });
  const first: Ion["schemas"]["Customer"] | undefined = customers.customers?.[0];
  const created = await ion.createCustomer({ accountId, body: { companyName: "Acme", email: "ops@acme.test" } });
  const customer = await ion.getCustomer({ accountId, customerId });
  const orders = await ion.listOrders({ accountId });
  const products = await ion.listProducts({ accountId });
  const reports = await ion.listReports({ accountId });
  return { first, created, customer, orders, products, reports };
}

export async function streamPartner(orgId: string) {
  const tokens = await sp.getPartnerTokens({ org_id: orgId });
  const locations = await sp.listOrganizationLocations({ id: orgId });
  const integration = await sp.getOAuthIntegrationStatus({ id: "i-1" });
  const removed = await sp.deletePartnerToken({ token_id: "t-1" }).withResponse();
  return { tokens, locations, integration, removed: removed.response.status };
}

export async function rezstream(from: string, to: string) {
  const business = await rez.getBusiness().withResponse();
  const units = await rez.listUnits();
  const calendar = await rez.getUnitCalendar({ from, to });
  const reservation = await rez.getReservation({ id: "r-1" });
  return { business: business.data, units, calendar, reservation, requestId: business.requestId };
}

export async function afostoCalls(id: string) {
  const channels = await afosto.listChannels();
  const channel = await afosto.viewChannel({ id });
  const groups = await afosto.getPricingGroups();
  const pricing = await afosto.viewPricing({ id, sku: "sku-1" });
  const actions = await afosto.listActions();
  const order = await afosto.getOrder({ id });
  return { channels, channel, groups, pricing, actions, order };
}
