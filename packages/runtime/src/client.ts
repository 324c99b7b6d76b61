import openapiFetchDefault, {
  type BodySerializer,
  type Client,
  type FetchOptions,
  type FetchResponse,
  type HeadersOptions,
  type MaybeOptionalInit,
  type Middleware,
  type QuerySerializer,
  type QuerySerializerOptions,
  mergeHeaders,
} from "openapi-fetch";
import { type AuthOption, type AuthOptionFor, resolveAuth } from "./core/auth.js";
import {
  ApiError,
  InvalidRequestError,
  MissingPathParameterError,
  PaginationError,
  PartnerkitError,
  TimeoutError,
  apiErrorFor,
} from "./core/errors.js";
import { findLinkUrl } from "./core/link-header.js";
import { type Logger, toLogFunction } from "./core/logger.js";
import { operationMethods } from "./core/operations.js";
import { type FetchPage, type PaginateOptions, type PagePosition, Paginator } from "./core/pagination.js";
import { Redactor } from "./core/redact.js";
import { DEFAULT_RETRY, type RetryOptions, resolveRetry } from "./core/retry.js";
import { checkHeader, checkHeaders, createQuerySerializer, serializePath } from "./core/serialize.js";
import { DEFAULT_TIMEOUT } from "./core/timeout.js";
import {
  CALL_STATE,
  type CallState,
  type RequestExtras,
  createTransport,
  getRequestId,
  invalidResponse,
  isCredentialHeader,
  releaseResponse,
} from "./core/transport.js";
import type { OAuth2Definition, OperationDefinition, OperationMethod, PaginationDefinition, VendorDefinition } from "./vendor.js";

// The CommonJS build sees openapi-fetch through Node's CJS interop, where the default import is the module object
// (its `exports.default` is the factory); the ESM build gets the factory itself. Unwrap once, for both.
const createClient: typeof openapiFetchDefault =
  (openapiFetchDefault as unknown as { default?: typeof openapiFetchDefault }).default ?? openapiFetchDefault;

// ---------------------------------------------------------------------------------------------------------------
// Types. openapi-typescript-helpers is not a dependency of this package, so the few helpers needed are restated.

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
export type MediaType = `${string}/${string}`;
export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];
type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** Init accepted by every method: openapi-fetch's, plus typed per-request retry/timeout options. */
type InitParam<Init> = RequiredKeysOf<Init> extends never
  ? [init?: Init & RequestExtras & { [key: string]: unknown }]
  : [init: Init & RequestExtras & { [key: string]: unknown }];

/** openapi-fetch's result plus the vendor request id. With throwOnError the error branch is gone. */
export type ApiResult<Op extends Record<string | number, any>, Init, Media extends MediaType, Throw extends boolean> = (Throw extends true
  ? Exclude<FetchResponse<Op, Init, Media>, { error: unknown }>
  : FetchResponse<Op, Init, Media>) & { requestId: string | undefined };

export type ApiMethod<Paths extends {}, M extends HttpMethod, Media extends MediaType, Throw extends boolean> = <
  Path extends PathsWithMethod<Paths, M>,
  Init extends MaybeOptionalInit<Paths[Path], M & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ApiResult<OperationOf<Paths[Path], M>, Init, Media, Throw>>;

type OperationOf<PathItem, M extends HttpMethod> = PathItem extends { [K in M]: infer Op extends Record<string | number, any> } ? Op : never;

/** Body type of an operation's success response. */
export type SuccessData<Op extends Record<string | number, any>, Media extends MediaType = MediaType> = NonNullable<
  Exclude<FetchResponse<Op, {}, Media>, { error: unknown }>["data"]
>;
/** Body type of an operation's error responses, for narrowing `ApiError<E>`. */
export type ErrorBody<Op extends Record<string | number, any>, Media extends MediaType = MediaType> = Extract<
  FetchResponse<Op, {}, Media>,
  { error: unknown }
>["error"];
/** The error a throwing client raises for `Path`/`M`: `catch (e) { if (e instanceof NotFoundError) (e as OperationError<paths, "/x", "get">).body }`. */
export type OperationError<Paths, Path extends keyof Paths, M extends keyof Paths[Path]> = Paths[Path][M] extends Record<string | number, any>
  ? ApiError<ErrorBody<Paths[Path][M]>>
  : ApiError;

/** Item type of a page body: the array itself, or the element type of the body's array-valued properties. */
export type ItemOf<Data> = Data extends readonly (infer T)[]
  ? T
  : Data extends object
    ? [{ [K in keyof Data]-?: NonNullable<Data[K]> extends readonly (infer T)[] ? T : never }[keyof Data]] extends [never]
      ? unknown
      : { [K in keyof Data]-?: NonNullable<Data[K]> extends readonly (infer T)[] ? T : never }[keyof Data]
    : unknown;

export interface PaginateCallOptions extends PaginateOptions {
  /** Which method of the path to use when it has several paginated operations. Default "get". */
  method?: OperationMethod;
}

type PaginateArgs<Init> = RequiredKeysOf<Init> extends never
  ? [init?: Init & RequestExtras, options?: PaginateCallOptions]
  : [init: Init & RequestExtras, options?: PaginateCallOptions];

/** A vendor's operation table (VendorDefinition.operations), as generated: `typeof vendor.operations`. */
export type OperationTable = Readonly<Record<string, OperationDefinition>>;

/** The operationIds in `Ops` that carry pagination. */
export type PaginatedOperationId<Ops> = { [Id in keyof Ops]: Ops[Id] extends { pagination: object } ? Id : never }[keyof Ops] & string;

/** The OpenAPI operation object type behind a row of the operation table. */
type OperationAt<Paths, Def> = Def extends { path: infer P extends keyof Paths; method: infer M }
  ? Paths[P][M & keyof Paths[P]] extends infer Op extends Record<string | number, any>
    ? Op
    : never
  : never;

/** What paginate() accepts as init for an operation: openapi-fetch's options for it (params, body, headers…). */
type PaginateInit<Paths, Def> = FetchOptions<OperationAt<Paths, Def>>;

/**
 * The item type paginate() yields: the elements of `data[items]` when the operation names an items property (what
 * the runtime reads), else the elements of the body itself.
 */
type PageItem<Data, Def> = Def extends { pagination: { items: infer K extends string } }
  ? K extends keyof Data
    ? NonNullable<Data[K]> extends readonly (infer T)[]
      ? T
      : unknown
    : unknown
  : Data extends readonly (infer T)[]
    ? T
    : unknown;

interface PaginateByPath<Paths extends {}, Media extends MediaType> {
  /** A GET path; the item type is the page body's array (or the array property of an object body). */
  <Path extends PathsWithMethod<Paths, "get">, Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>>(
    path: Path,
    ...args: PaginateArgs<Init>
  ): Paginator<Paths[Path] extends { get: infer Op extends Record<string | number, any> } ? ItemOf<SuccessData<Op, Media>> : unknown>;
}

interface PaginateByIdUntyped {
  /** By operationId (any method), with the runtime's untyped operation table: the item type is up to the caller. */
  <Item = unknown, Id extends string = string>(
    operationId: Id extends `/${string}` ? never : Id,
    init?: Record<string, unknown> & RequestExtras,
    options?: PaginateCallOptions,
  ): Paginator<Item>;
}

interface PaginateById<Paths extends {}, Media extends MediaType, Ops> {
  /**
   * By operationId, for any method (e.g. a POST search): only the vendor's paginated operations; init (params,
   * body, headers) and the item type come from the operation.
   */
  <Id extends PaginatedOperationId<Ops>>(
    operationId: Id,
    ...args: PaginateArgs<PaginateInit<Paths, Ops[Id & keyof Ops]>>
  ): Paginator<PageItem<SuccessData<OperationAt<Paths, Ops[Id & keyof Ops]>, Media>, Ops[Id & keyof Ops]>>;
}

/**
 * `client.paginate`: by GET path, or by operationId. A generated client knows its vendor's operation table (`Ops`),
 * so the operationId form is typed; the runtime's own `createApiClient` without one leaves it loose.
 */
export type PaginateMethod<Paths extends {}, Media extends MediaType, Ops = OperationTable> = PaginateByPath<Paths, Media> &
  (string extends keyof Ops ? PaginateByIdUntyped : PaginateById<Paths, Media, Ops>);

export interface ClientOptionsBase {
  /** Default: the vendor's servers[0].url. */
  baseUrl?: string;
  /** A strategy, a token function, `{ token }`, or `{ clientId, clientSecret, refreshToken?, scopes? }` for the vendor's token endpoint. */
  auth?: AuthOption;
  /**
   * The token endpoint. Default: the vendor's; when that lives on the vendor's default API origin and `baseUrl`
   * points elsewhere (a sandbox, a mock), the same path on the `baseUrl` origin.
   */
  tokenUrl?: string;
  /** Sent on every request (credential-like headers only to the API origin). */
  headers?: HeadersOptions;
  retry?: RetryOptions;
  /** Per-attempt timeout in ms. Default 60 000. */
  timeout?: number;
  /** Throw typed ApiErrors instead of returning `{ error }`. */
  throwOnError?: boolean;
  logger?: Logger;
  /** The underlying fetch (default globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
}

/** Client options; `K` are the vendor's option keys from VendorDefinition.headers (e.g. "apiVersion" | "tenantId"). */
export type ApiClientOptions<K extends string = never> = ClientOptionsBase & { [P in K]?: string };

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The options of a generated vendor client, derived from its VendorDefinition (`typeof vendor`): `auth` takes only
 * the credentials the vendor's token endpoint uses, `tokenUrl` exists only with a token endpoint, `baseUrl` is
 * required where the spec has no real default, and the vendor's header options (e.g. `apiVersion`) are added.
 * Generated factories take it as an exact type, so a misspelt option does not compile.
 */
export type VendorClientOptions<V extends VendorDefinition> = Simplify<
  Omit<ClientOptionsBase, "auth" | "baseUrl" | "tokenUrl"> &
    (V extends { requiresBaseUrl: true } ? { /** Required: the vendor has no public default. */ baseUrl: string } : { /** Default: the vendor's servers[0].url. */ baseUrl?: string }) &
    {
      /** A strategy, a token function, `{ token }`, or the credentials this vendor's token endpoint takes. */
      auth?: AuthOptionFor<V["auth"]>;
    } &
    (V["auth"] extends OAuth2Definition ? Pick<ClientOptionsBase, "tokenUrl"> : {}) &
    // Plain strings (values often come from the environment); a header's spec pattern is checked at creation.
    (V extends { headers: infer H } ? { [P in keyof H]?: string } : {}) &
    // Defaults for shared path parameters (x-partnerkit.pathDefaults), overridable per call.
    (V extends { pathDefaults: readonly (infer D extends string)[] } ? { [P in D]?: string } : {})
>;

type ThrowMode<O> = O extends { throwOnError: true } ? true : false;

/**
 * A typed client. `O` is the options type (only its `throwOnError: true` matters: it removes the error branch);
 * `Ops` is the vendor's operation table, which types `paginate(operationId, …)`.
 */
export interface ApiClient<Paths extends {}, O = ApiClientOptions, Media extends MediaType = MediaType, Ops = OperationTable> {
  GET: ApiMethod<Paths, "get", Media, ThrowMode<O>>;
  PUT: ApiMethod<Paths, "put", Media, ThrowMode<O>>;
  POST: ApiMethod<Paths, "post", Media, ThrowMode<O>>;
  DELETE: ApiMethod<Paths, "delete", Media, ThrowMode<O>>;
  OPTIONS: ApiMethod<Paths, "options", Media, ThrowMode<O>>;
  HEAD: ApiMethod<Paths, "head", Media, ThrowMode<O>>;
  PATCH: ApiMethod<Paths, "patch", Media, ThrowMode<O>>;
  TRACE: ApiMethod<Paths, "trace", Media, ThrowMode<O>>;
  paginate: PaginateMethod<Paths, Media, Ops>;
  /** openapi-fetch middleware; runs above retries (once per call, not per attempt). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  readonly vendor: VendorDefinition;
  readonly baseUrl: string;
  /** The underlying openapi-fetch client (no throwOnError, no path-parameter check; same transport). */
  readonly raw: Client<Paths, Media>;
}

// ---------------------------------------------------------------------------------------------------------------

export { getRequestId };

/** Why a URL option cannot be used, or undefined. Never quotes the URL: it may carry a password. */
function urlProblem(value: unknown): string | undefined {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    return "must be an absolute http(s) URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an absolute http(s) URL";
  // fetch refuses such URLs with a TypeError that quotes them; credentials belong in `auth`.
  if (url.username || url.password) return "must not contain a user name or password (pass credentials with `auth`)";
  return undefined;
}

/** See ClientOptionsBase.tokenUrl. */
function tokenUrlFor(vendor: VendorDefinition, apiOrigin: string, override: string | undefined): string {
  if (override) return override;
  const tokenUrl = new URL(vendor.auth!.tokenUrl);
  let defaultOrigin: string | undefined;
  try {
    defaultOrigin = new URL(vendor.defaultBaseUrl).origin;
  } catch {
    defaultOrigin = undefined;
  }
  return tokenUrl.origin === defaultOrigin && apiOrigin !== defaultOrigin ? new URL(tokenUrl.pathname + tokenUrl.search, apiOrigin).href : tokenUrl.href;
}

const PATH_PARAM = /\{([^{}]+)\}/g;

function checkPathParams(method: string, path: string, values: Record<string, unknown> | undefined): void {
  for (const match of path.matchAll(PATH_PARAM)) {
    // openapi-fetch's serializer accepts style prefixes/suffixes ({.id}, {;id}, {id*}).
    const name = match[1]!.replace(/^[.;]/, "").replace(/\*$/, "");
    const value = values?.[name];
    if (value === undefined || value === null || value === "") throw new MissingPathParameterError(method, path, name);
  }
}

function extractItems(data: unknown, key: string | undefined): unknown[] {
  const value = key ? (data as Record<string, unknown> | null | undefined)?.[key] : data;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PaginationError(`Expected an array of items${key ? ` in "${key}"` : ""} in the page body`);
  return value;
}

type AnyInit = Record<string, any> & { params?: { path?: Record<string, unknown>; query?: Record<string, unknown> }; headers?: HeadersOptions; middleware?: Middleware[] };
type AnyResult = { data?: unknown; error?: unknown; response: Response; requestId?: string | undefined };

// O is constrained loosely here; a generated vendor entry narrows it to VendorClientOptions<typeof vendor>. V carries
// the vendor's operation table into the client type (for paginate by operationId).
export function createApiClient<
  Paths extends {},
  O extends ClientOptionsBase = ClientOptionsBase & { [option: string]: unknown },
  V extends VendorDefinition = VendorDefinition,
>(vendor: V, options?: O): ApiClient<Paths, O, MediaType, V["operations"]> {
  const opts = (options ?? {}) as ClientOptionsBase & Record<string, unknown>;
  // A placeholder default (a reserved .invalid host) would only fail later, after DNS errors and retries.
  if (opts.baseUrl === undefined && vendor.requiresBaseUrl) {
    throw new PartnerkitError(
      `${vendor.name} has no default base URL (${vendor.defaultBaseUrl} is a placeholder): pass baseUrl, the API host the vendor assigned you`,
      { code: "invalid_configuration" },
    );
  }
  const baseUrl = (opts.baseUrl ?? vendor.defaultBaseUrl).replace(/\/+$/, "");
  for (const [name, value] of [["baseUrl", baseUrl], ["tokenUrl", opts.tokenUrl]] as const) {
    const problem = value === undefined ? undefined : urlProblem(value);
    if (problem) throw new PartnerkitError(`${name} ${problem}`, { code: "invalid_configuration" });
  }
  const apiOrigin = new URL(baseUrl).origin;
  const redactor = new Redactor();
  const log = toLogFunction(opts.logger);
  const fetch = opts.fetch ?? globalThis.fetch;
  const tokenVendor = vendor.auth ? { ...vendor, auth: { ...vendor.auth, tokenUrl: tokenUrlFor(vendor, apiOrigin, opts.tokenUrl) } } : vendor;
  // Token requests follow the client's retry policy and timeout unless the auth options set their own.
  const auth = resolveAuth(tokenVendor, opts.auth, { redactor, log, fetch, retry: resolveRetry(DEFAULT_RETRY, opts.retry), timeout: opts.timeout ?? DEFAULT_TIMEOUT });

  const headers: { name: string; value: string; credential: boolean }[] = [];
  for (const [key, spec] of Object.entries(vendor.headers ?? {})) {
    const value = opts[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") throw new PartnerkitError(`Option ${key} must be a string`, { code: "invalid_configuration" });
    // The spec's pattern for the header (e.g. a YYYY-MM-DD API version), checked before anything is sent.
    if (spec.pattern && !new RegExp(spec.pattern, "u").test(value)) {
      throw new PartnerkitError(`Option ${key} (${spec.header}) must match ${spec.pattern}`, { code: "invalid_configuration" });
    }
    configCheck(() => checkHeader(spec.header, value, `option ${key}`));
    if (spec.credential) redactor.add(value);
    headers.push({ name: spec.header, value, credential: !!spec.credential });
  }
  configCheck(() => checkHeaders(opts.headers, "the headers option"));
  // Values of credential-like headers (X-Api-Key…) are scrubbed from errors like tokens are.
  if (opts.headers) {
    new Headers(opts.headers as HeadersInit).forEach((value, name) => {
      if (isCredentialHeader(name)) redactor.add(value);
    });
  }

  const trustedOrigins = [apiOrigin];
  if (tokenVendor.auth) trustedOrigins.push(new URL(tokenVendor.auth.tokenUrl).origin);

  const transport = createTransport({
    fetch,
    trustedOrigins,
    auth,
    headers,
    retry: resolveRetry(DEFAULT_RETRY, opts.retry),
    timeout: opts.timeout ?? DEFAULT_TIMEOUT,
    idempotencyKeyHeader: vendor.idempotencyKeyHeader,
    requestIdHeader: vendor.requestIdHeader,
    redactor,
    log,
  });

  // The path and query serializers keep every value inside its slot (see core/serialize.ts); a querySerializer
  // function of the caller's own replaces ours. openapi-fetch treats an undefined option like an absent one.
  const queryOptions = typeof opts.querySerializer === "object" ? opts.querySerializer : undefined;
  const querySerializer = typeof opts.querySerializer === "function" ? opts.querySerializer : createQuerySerializer(queryOptions);
  const raw = createClient<Paths>({
    baseUrl,
    fetch: transport,
    headers: opts.headers,
    querySerializer: querySerializer as QuerySerializer<unknown>,
    pathSerializer: serializePath,
    bodySerializer: opts.bodySerializer,
  });
  const untypedRaw = raw as unknown as { request(method: string, path: string, init?: AnyInit): Promise<AnyResult> };

  /** What openapi-fetch would pass on unchecked (header values, a per-request baseUrl) is checked before sending. */
  function prepare(init: AnyInit | undefined, state: CallState): AnyInit {
    if (init?.headers) checkHeaders(init.headers, "headers");
    const headerParams = (init?.params as { header?: unknown } | undefined)?.header;
    if (headerParams) checkHeaders(headerParams, "params.header");
    if (init?.baseUrl !== undefined) {
      const problem = urlProblem(init.baseUrl);
      if (problem) throw new InvalidRequestError({ location: "baseUrl", parameter: "baseUrl", message: `baseUrl ${problem}` });
    }
    const out: AnyInit = { ...init, [CALL_STATE]: state };
    // openapi-fetch would build its own serializer from per-request options.
    if (init?.querySerializer && typeof init.querySerializer === "object") out.querySerializer = createQuerySerializer({ ...queryOptions, ...init.querySerializer });
    return out;
  }

  // What `client.raw` exposes: openapi-fetch's client with the checks above, releasing each attempt's timer once the
  // body has been read, and a typed error for a 2xx body that is not the JSON asked for.
  async function rawRequest(method: string, path: string, init?: AnyInit): Promise<AnyResult> {
    const state: CallState = { parseAs: init?.parseAs ?? "json" };
    let result: AnyResult;
    try {
      result = await untypedRaw.request(method, path, prepare(init, state));
    } catch (error) {
      throw invalidResponse(state, method, { parseError: error }, redactor, vendor.requestIdHeader) ?? error;
    }
    settle(result, init);
    const invalid = invalidResponse(state, method, { data: result.data, response: result.response }, redactor, vendor.requestIdHeader);
    if (invalid) throw invalid;
    return result;
  }
  const rawClient: Record<string, unknown> = { ...raw, request: rawRequest };

  async function call(method: string, path: string, init: AnyInit | undefined, throwOnError: boolean): Promise<AnyResult> {
    if (path.includes("{")) checkPathParams(method, path, init?.params?.path);
    let result: AnyResult;
    try {
      result = await rawRequest(method, path, init);
    } catch (error) {
      // A timeout that fires while openapi-fetch reads the body surfaces as a bare DOMException.
      if (!(error instanceof PartnerkitError) && (error as Error | null)?.name === "TimeoutError") {
        throw new TimeoutError({ method, url: redactor.url(baseUrl + path), timeout: Number(init?.timeout ?? opts.timeout ?? DEFAULT_TIMEOUT), cause: error });
      }
      throw error;
    }
    const response = result.response;
    result.requestId = getRequestId(response, vendor.requestIdHeader);
    if (throwOnError && !response.ok) {
      throw apiErrorFor({
        status: response.status,
        method,
        url: redactor.url(response.url || baseUrl + path),
        requestId: result.requestId,
        body: redactor.value(result.error),
        headers: redactor.safeHeaders(response.headers),
      });
    }
    return result;
  }

  const throwOnError = !!opts.throwOnError;

  function paginate(target: string, init: AnyInit = {}, options: PaginateCallOptions = {}): Paginator<unknown> {
    const op = findPaginated(vendor, target, options.method);
    const m = op.method.toUpperCase();
    const fetchPage = pageFetcher(op.pagination, (position, pageInit) => call(m, op.path, pageInit, true), init, apiOrigin, redactor);
    return new Paginator(fetchPage, options);
  }

  // Client-level values of shared path parameters, for the operation methods.
  const defaults: Record<string, string> = {};
  for (const name of vendor.pathDefaults ?? []) {
    const value = opts[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || value === "") throw new PartnerkitError(`Option ${name} must be a non-empty string`, { code: "invalid_configuration" });
    defaults[name] = value;
  }

  const client: Record<string, unknown> = {
    paginate,
    use: (...m: Middleware[]) => raw.use(...m),
    eject: (...m: Middleware[]) => raw.eject(...m),
    vendor,
    baseUrl,
    raw: rawClient,
  };
  for (const m of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]) {
    client[m] = (path: string, init?: AnyInit) => call(m, path, init, throwOnError);
    rawClient[m] = (path: string, init?: AnyInit) => rawRequest(m, path, init);
  }
  // Operation methods always throw typed errors (they resolve to the success body), whatever throwOnError says.
  const methods = operationMethods(vendor.operations, {
    defaults,
    send: (op, init) => call(op.method.toUpperCase(), op.path, init as AnyInit, true),
    paginate: (op, init, options) => {
      const m = op.method.toUpperCase();
      return new Paginator(pageFetcher(op.pagination, (position, pageInit) => call(m, op.path, pageInit, true), init as AnyInit, apiOrigin, redactor), options);
    },
  });
  for (const [id, method] of Object.entries(methods)) {
    // The generator refuses such operationIds; a hand-written table must not shadow the client's own members either.
    if (id in client) throw new PartnerkitError(`Operation ${id} would replace the client's own ${id}`, { code: "invalid_configuration" });
    client[id] = method;
  }
  return client as unknown as ApiClient<Paths, O, MediaType, V["operations"]>;
}

/** Creation-time checks report as configuration errors (the value is never quoted either way). */
function configCheck(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof InvalidRequestError) throw new PartnerkitError(error.message, { code: "invalid_configuration" });
    throw error;
  }
}

/** openapi-fetch has read the body by now (unless it hands over the stream), so the attempt's timer can go. */
function settle<R extends { response: Response }>(result: R, init: AnyInit | undefined): R {
  if (init?.parseAs !== "stream") releaseResponse(result.response);
  return result;
}

function findPaginated(vendor: VendorDefinition, target: string, method: OperationMethod | undefined) {
  if (!target.startsWith("/")) {
    const op = vendor.operations[target];
    if (!op) throw new PartnerkitError(`Unknown operationId ${target}`, { code: "invalid_configuration" });
    if (!op.pagination) throw new PartnerkitError(`Operation ${target} is not paginated`, { code: "invalid_configuration" });
    return op as typeof op & { pagination: PaginationDefinition };
  }
  const wanted = method ?? "get";
  for (const op of Object.values(vendor.operations)) {
    if (op.path === target && op.method === wanted && op.pagination) return op as typeof op & { pagination: PaginationDefinition };
  }
  throw new PartnerkitError(`No paginated ${wanted.toUpperCase()} ${target} in ${vendor.name}`, { code: "invalid_configuration" });
}

type PageCall = (position: PagePosition | undefined, init: AnyInit) => Promise<AnyResult>;

function pageFetcher(def: PaginationDefinition, send: PageCall, init: AnyInit, apiOrigin: string, redactor: Redactor): FetchPage<unknown> {
  switch (def.style) {
    case "link":
      return async (position) => {
        let pageInit = init;
        if (position !== undefined) {
          const url = String(position);
          // Refused rather than followed without credentials: an off-origin next link is either a vendor bug or an
          // attempt to redirect the client, and neither should get a request from us.
          if (!sameOrigin(url, apiOrigin)) {
            throw new PaginationError(`Refusing to follow a next link to another origin (${redactor.url(url)})`);
          }
          pageInit = { ...init, middleware: [...(init.middleware ?? []), rewriteUrl(url)] };
        }
        const { data, response } = await send(position, pageInit);
        const here = position ?? (response.url || undefined);
        const next = findLinkUrl(response.headers.get("link"), "next", response.url || apiOrigin);
        return { items: extractItems(data, def.items), position: here, next, response, data };
      };
    case "header":
      return async (position) => {
        const pageInit = position === undefined ? init : { ...init, headers: mergeHeaders(init.headers, { [def.pageHeader]: String(position) }) };
        const { data, response } = await send(position, pageInit);
        const next = response.headers.get(def.pageHeader) || undefined;
        return { items: extractItems(data, def.items), position, next, response, data };
      };
    case "page": {
      const query = init.params?.query ?? {};
      const first = Number(query[def.pageParam] ?? 1);
      let fullSize = 0;
      return async (position) => {
        const page = position === undefined ? first : Number(position);
        const pageInit = { ...init, params: { ...init.params, query: { ...query, [def.pageParam]: page } } };
        const { data, response } = await send(page, pageInit);
        const items = extractItems(data, def.items);
        fullSize = Math.max(fullSize, items.length);
        const total = def.total ? Number((data as Record<string, unknown> | null)?.[def.total]) : NaN;
        // Counting from the largest page seen tolerates servers that cap the page size below what was asked for.
        const done = Number.isFinite(total) && (page - first) * fullSize + items.length >= total;
        return { items, position: page, next: done ? undefined : page + 1, response, data };
      };
    }
  }
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

function rewriteUrl(url: string): Middleware {
  return {
    onRequest({ request }) {
      const next = new Request(url, request);
      // Per-request options (retry, timeout) live as own properties on the original Request.
      for (const key of Object.keys(request)) (next as unknown as Record<string, unknown>)[key] = (request as unknown as Record<string, unknown>)[key];
      return next;
    },
  };
}
