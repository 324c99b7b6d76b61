// Turns a spec into the plain data the runtime needs about a vendor (VendorDefinition in
// @partnerkit/runtime). Everything vendor-specific the client does at run time comes from here.
import { operationsOf } from "./check-spec.mjs";

/** servers[0].url with each server variable replaced by its default. */
export function defaultBaseUrl(openapi) {
  const server = openapi.servers?.[0];
  if (!server) return "";
  return server.url.replace(/\{([^{}]+)\}/g, (_, name) => server.variables?.[name]?.default ?? `{${name}}`);
}

/** Operations, sorted by operationId so the output does not depend on key order in the spec. */
export function operationTable(openapi, filter = () => true) {
  const rows = [...operationsOf(openapi)].filter(({ operation }) => filter(operation));
  rows.sort((a, b) => (a.operation.operationId < b.operation.operationId ? -1 : 1));
  return Object.fromEntries(
    rows.map(({ path, method, operation }) => [
      operation.operationId,
      { method, path, ...(operation["x-pagination"] && { pagination: operation["x-pagination"] }) },
    ]),
  );
}

export function vendorDefinition(name, openapi, filter) {
  const extension = openapi["x-partnerkit"] ?? {};
  // Keys the runtime reads beyond these (e.g. scopeParameter) pass through unchanged.
  const { grants, grant, ...authRest } = extension.auth ?? {};
  const auth = extension.auth && {
    grants: [].concat(grants ?? grant ?? []),
    bodyEncoding: "form",
    clientAuthentication: "body",
    ...authRest,
  };
  return {
    name,
    defaultBaseUrl: defaultBaseUrl(openapi),
    ...(auth && { auth }),
    ...(extension.requestIdHeader && { requestIdHeader: extension.requestIdHeader }),
    ...(extension.idempotencyKeyHeader && { idempotencyKeyHeader: extension.idempotencyKeyHeader }),
    ...(extension.headers && { headers: extension.headers }),
    // Only operations the runtime treats specially (pagination): a 544-operation table would cost every
    // bundle ~40 kB for nothing. Tests take the full list from the spec itself.
    operations: operationTable(openapi, (operation) => operation["x-pagination"] && (!filter || filter(operation))),
  };
}
