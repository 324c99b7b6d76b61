/** HTTP methods an operation can use (lower case, as in OpenAPI path items). */
export type OperationMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options";

export type PaginationDefinition =
  /** Page number + page size query parameters; optional total item count in the body. */
  | { style: "page"; items?: string; pageParam: string; pageSizeParam: string; total?: string }
  /** RFC 8288 `Link: <…>; rel="next"`; `params` name the query parameters that carry the position. */
  | { style: "link"; items?: string; mode: "offset" | "cursor"; params?: readonly string[] }
  /** Request header `pageHeader` carries the cursor; the response header of the same name carries the next one. */
  | { style: "header"; items?: string; pageHeader: string; pageSizeHeader?: string };

export interface OAuth2Definition {
  grants: readonly ("refresh_token" | "client_credentials")[];
  /** Absolute URL of the token endpoint. */
  tokenUrl: string;
  bodyEncoding: "form" | "json";
  /** How client_id/client_secret travel: in the body, as HTTP Basic, or only client_id in the body (public client). */
  clientAuthentication: "body" | "basic" | "none";
  /**
   * How requested scopes are sent. Default `{ name: "scope", format: "space" }` (RFC 6749).
   * Some vendors take a JSON array under another name, e.g. `{ name: "scopes", format: "array" }`.
   */
  scopeParameter?: { name: string; format: "space" | "array" };
  /**
   * The scopes the vendor declares (its OAuth 2 security scheme's flows). Only the types read it: a generated client
   * accepts exactly these in `auth.scopes`.
   */
  scopes?: readonly string[];
}

export interface OperationDefinition {
  method: OperationMethod;
  /** The OpenAPI path template, e.g. "/v3/accounts/{accountId}/customers". */
  path: string;
  pagination?: PaginationDefinition;
  /** Query parameter names (as in the spec), for operation methods; path parameters come from `path`. */
  query?: readonly string[];
  /** Header parameter names (as in the spec), for operation methods. */
  header?: readonly string[];
  /** How a request body is encoded when it is not JSON: form-urlencoded or multipart/form-data. */
  body?: "form" | "multipart";
  /** How a success body is read when it is not JSON (openapi-fetch's parseAs), e.g. "blob" for an image. */
  parseAs?: "text" | "blob" | "arrayBuffer";
}

/** Everything the runtime knows about a vendor; generated from the spec's `servers` and `x-partnerkit`. */
export interface VendorDefinition {
  /** e.g. "tdsynnex-ion" */
  name: string;
  /** servers[0].url */
  defaultBaseUrl: string;
  /**
   * The spec names no usable default (its server is a placeholder such as a reserved `.invalid` host, RFC 6761):
   * a client must be given `baseUrl`, and fails at creation without one.
   */
  requiresBaseUrl?: boolean;
  auth?: OAuth2Definition;
  /** Response header that carries the vendor's request id, e.g. "x-request-id". */
  requestIdHeader?: string;
  /** Only set when the vendor documents idempotency keys. */
  idempotencyKeyHeader?: string;
  /**
   * Client option name -> header sent on every request. `credential: true` headers only go to the API origin;
   * a value must match `pattern` (the header parameter's schema pattern in the spec), checked at client creation.
   */
  headers?: Readonly<Record<string, { header: string; credential?: boolean; pattern?: string }>>;
  /**
   * Path parameters most operations share (`x-partnerkit.pathDefaults`, e.g. TD SYNNEX's accountId): a client option
   * of the same name sets a default for every operation method that has the parameter; a value per call overrides it.
   */
  pathDefaults?: readonly string[];
  /** Keyed by operationId. */
  operations: Readonly<Record<string, OperationDefinition>>;
}
