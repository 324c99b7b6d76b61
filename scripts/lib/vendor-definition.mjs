// Turns a spec into the plain data the runtime needs about a vendor (VendorDefinition in
// @partnerkit/runtime). Everything vendor-specific the client does at run time comes from here.
import { operationsOf } from "./check-spec.mjs";
import { parametersOf, requestBodyOf, successOf } from "./methods.mjs";

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
    rows.map(({ path, method, item, operation }) => {
      // What the operation methods need to place arguments and encode the call; path parameters come from `path`.
      const params = parametersOf(openapi, item, operation);
      const names = (location) => params.filter((p) => p.in === location).map((p) => p.name);
      const query = names("query");
      const header = names("header");
      const body = requestBodyOf(openapi, operation)?.encoding;
      const parseAs = successOf(openapi, operation)?.parseAs;
      return [
        operation.operationId,
        {
          method,
          path,
          ...(query.length && { query }),
          ...(header.length && { header }),
          ...(body && { body }),
          ...(parseAs && { parseAs }),
          ...(operation["x-pagination"] && { pagination: operation["x-pagination"] }),
        },
      ];
    }),
  );
}

/**
 * Whether a client must be given baseUrl: `x-partnerkit.requiresBaseUrl`, or a default server on a reserved
 * `.invalid` host (RFC 6761), which is how a spec says "the vendor assigns the host" without inventing one.
 */
export function requiresBaseUrl(openapi) {
  const declared = openapi["x-partnerkit"]?.requiresBaseUrl;
  if (declared !== undefined) return declared === true;
  try {
    return /\.invalid\.?$/i.test(new URL(defaultBaseUrl(openapi)).hostname);
  } catch {
    return false;
  }
}

/**
 * The scopes the vendor declares for its token endpoint: `x-partnerkit.auth.scopes`, else the scope names of the
 * OAuth 2 flows whose tokenUrl is that endpoint (all OAuth 2 flows when none names it). Sorted, for stable output.
 */
function declaredScopes(openapi, tokenUrl) {
  const flows = Object.values(openapi.components?.securitySchemes ?? {})
    .filter((scheme) => scheme?.type === "oauth2")
    .flatMap((scheme) => Object.values(scheme.flows ?? {}));
  const matching = flows.filter((flow) => flow.tokenUrl === tokenUrl);
  return [...new Set((matching.length ? matching : flows).flatMap((flow) => Object.keys(flow.scopes ?? {})))].sort();
}

/** The schema of the header parameter named `header` (case-insensitive), wherever the spec defines it inline. */
function headerSchema(openapi, header) {
  const candidates = [
    ...Object.values(openapi.components?.parameters ?? {}),
    ...[...operationsOf(openapi)].flatMap(({ item, operation }) => [...(item.parameters ?? []), ...(operation.parameters ?? [])]),
  ];
  return candidates.find((p) => p?.in === "header" && p.name?.toLowerCase() === header.toLowerCase())?.schema;
}

/** x-partnerkit.headers, with each header's pattern from its parameter in the spec (checked at client creation). */
function headerOptions(openapi, headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([option, spec]) => {
      const schema = headerSchema(openapi, spec.header) ?? {};
      return [option, { ...spec, ...(schema.pattern && { pattern: schema.pattern }) }];
    }),
  );
}

export function vendorDefinition(name, openapi, filter) {
  const extension = openapi["x-partnerkit"] ?? {};
  // Keys the runtime reads beyond these (e.g. scopeParameter) pass through unchanged.
  const { grants, grant, scopes, ...authRest } = extension.auth ?? {};
  const auth = extension.auth && {
    grants: [].concat(grants ?? grant ?? []),
    bodyEncoding: "form",
    clientAuthentication: "body",
    ...authRest,
  };
  if (auth) {
    const declared = scopes ?? declaredScopes(openapi, auth.tokenUrl);
    if (declared.length) auth.scopes = declared;
  }
  return {
    name,
    defaultBaseUrl: defaultBaseUrl(openapi),
    ...(requiresBaseUrl(openapi) && { requiresBaseUrl: true }),
    ...(auth && { auth }),
    ...(extension.requestIdHeader && { requestIdHeader: extension.requestIdHeader }),
    ...(extension.idempotencyKeyHeader && { idempotencyKeyHeader: extension.idempotencyKeyHeader }),
    ...(extension.headers && { headers: headerOptions(openapi, extension.headers) }),
    ...(extension.pathDefaults && { pathDefaults: extension.pathDefaults }),
    // Every operation: the table drives the operation methods (one shared invoker, no code per operation).
    operations: operationTable(openapi, (operation) => !filter || filter(operation)),
  };
}
