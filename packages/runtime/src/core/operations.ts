// Operation methods (`client.listCustomers({ accountId, page })`): one shared invoker driven by the vendor's operation
// table (VendorDefinition.operations, plain data). A generated client declares the method types; at run time every
// method is the same few lines below bound to one table row, so 544 Afosto operations cost their data, not code.
import { type HeadersOptions, mergeHeaders } from "openapi-fetch";
import { InvalidRequestError, PartnerkitError } from "./errors.js";
import { type Page, type PaginateOptions, Paginator } from "./pagination.js";
import type { RequestExtras } from "./transport.js";
import type { OperationDefinition, PaginationDefinition } from "../vendor.js";

/** The second argument of every operation method. */
export interface RequestOptions extends RequestExtras {
  /** Aborts the call (all attempts). */
  signal?: AbortSignal;
  /** Extra headers for this call (merged over the client's). */
  headers?: HeadersOptions;
}

/** What `.withResponse()` resolves to. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/**
 * What an operation method returns: a promise of the success body that throws the runtime's typed errors
 * (ApiError subclasses, InvalidRequestError…), plus `.withResponse()` for the response and request id.
 */
export interface ApiPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

/**
 * What a paginated operation method returns: awaitable (the first page's body), async-iterable over the items of
 * every page, `.pages()` for page by page, `.paginate(options)` for a Paginator with a limit, maxPages or resume point.
 * Nothing is sent until it is awaited or iterated; each await or iteration starts from the first page.
 */
export interface PagePromise<T, Item> extends ApiPromise<T>, AsyncIterable<Item> {
  pages(): AsyncGenerator<Page<Item>, void, undefined>;
  toArray(): Promise<Item[]>;
  paginate(options?: PaginateOptions): Paginator<Item>;
}

/**
 * Makes the client-level defaults `D` (names of path parameters given at creation, e.g. "accountId") optional in
 * an operation's parameters `P`; a value passed per call overrides the default.
 */
export type WithDefaults<P, D extends string> = [D & keyof P] extends [never] ? P : Omit<P, D & keyof P> & Partial<Pick<P, D & keyof P>>;

/** The argument list of a method whose parameters include a client-level default: optional once nothing is required. */
export type DefaultedArgs<P, D extends string> = {} extends WithDefaults<P, D>
  ? [params?: WithDefaults<P, D>, options?: RequestOptions]
  : [params: WithDefaults<P, D>, options?: RequestOptions];

/** One operation's types, as the generator writes them into a vendor's operations interface. */
export interface OperationTypes {
  params: object;
  response: unknown;
  errorBody?: unknown;
  /** Present for paginated operations: the type of one item. */
  item?: unknown;
}

/**
 * The methods of a client for an operations interface `Ops` (generated: operationId -> OperationTypes, with the
 * spec's docs on each member, which editors show on the method). `D`: path parameters with a client-level default.
 * The argument is optional exactly when nothing in it is required.
 */
export type OperationMethods<Ops, D extends string = never> = {
  [K in keyof Ops]: Ops[K] extends { params: infer P; response: infer R }
    ? (...args: DefaultedArgs<P, D>) => Ops[K] extends { item: infer I } ? PagePromise<R, I> : ApiPromise<R>
    : never;
};

/** The openapi-fetch init the invoker builds (params by location, body, per-request options). */
export interface OperationInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  headers?: HeadersOptions;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  signal?: AbortSignal;
  timeout?: number;
  retry?: RequestExtras["retry"];
  [key: string]: unknown;
}

export type OperationResult = { data?: unknown; response: Response; requestId?: string | undefined };

export interface InvokerDeps {
  /** Sends one request through the client's transport and throws typed errors for non-2xx responses. */
  send(op: OperationDefinition, init: OperationInit): Promise<OperationResult>;
  /** A Paginator over `op` from the first page, reusing the client's page fetchers. */
  paginate(op: OperationDefinition & { pagination: PaginationDefinition }, init: OperationInit, options: PaginateOptions): Paginator<unknown>;
  /** Client-level default values of path parameters (VendorDefinition.pathDefaults set at creation). */
  defaults: Readonly<Record<string, string>>;
}

const PATH_PARAM = /\{[.;]?([^{}*]+)\*?\}/g;
const LOCATIONS = ["path", "query", "header"] as const;
type Location = (typeof LOCATIONS)[number];

/**
 * The argument keys of an operation: each path, query and header parameter by its spec name, and `body`.
 * Name clash rule (the generator's types follow the same function): locations claim names in the order path, query,
 * header, and `body` is reserved for the request body; a parameter whose name is already taken is passed as
 * `"<location>.<name>"` instead, e.g. `{ id, "query.id": … }`.
 */
export function argumentKeys(op: Pick<OperationDefinition, "path" | "query" | "header">): Map<string, { in: Location; name: string }> {
  const keys = new Map<string, { in: Location; name: string }>();
  const names: Record<Location, readonly string[]> = {
    path: [...new Set([...op.path.matchAll(PATH_PARAM)].map((m) => m[1]!))],
    query: op.query ?? [],
    header: op.header ?? [],
  };
  for (const location of LOCATIONS) {
    for (const name of names[location]) {
      const key = name === "body" || keys.has(name) ? `${location}.${name}` : name;
      keys.set(key, { in: location, name });
    }
  }
  return keys;
}

/** application/x-www-form-urlencoded: one pair per value, arrays repeated (style form, explode true). */
export function formBody(body: unknown): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of entriesOf(body, "form")) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (typeof item === "object") {
        throw new InvalidRequestError({ location: "body", parameter: name, message: `Form field "${name}" must be a string, number or boolean (or an array of them)` });
      }
      out.append(name, String(item));
    }
  }
  return out;
}

/** multipart/form-data: Blobs (Files) as file parts, objects as JSON parts, arrays repeated, the rest as strings. */
export function multipartBody(body: unknown): FormData {
  const out = new FormData();
  for (const [name, value] of entriesOf(body, "multipart")) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) out.append(name, item);
      else if (typeof item === "object") out.append(name, new Blob([JSON.stringify(item)], { type: "application/json" }));
      else out.append(name, String(item));
    }
  }
  return out;
}

function entriesOf(body: unknown, kind: string): [string, unknown][] {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new InvalidRequestError({ location: "body", parameter: "body", message: `A ${kind} request body must be an object of fields` });
  }
  return Object.entries(body);
}

const FORM_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };

/** Builds the openapi-fetch init of one call: parameters by location, body and its serializer, per-request options. */
export function operationInit(op: OperationDefinition, id: string, args: unknown, options: RequestOptions | undefined, defaults: Readonly<Record<string, string>>): OperationInit {
  if (args !== undefined && (args === null || typeof args !== "object" || Array.isArray(args))) {
    throw new PartnerkitError(`${id}: the first argument must be an object of parameters`, { code: "invalid_request" });
  }
  const keys = argumentKeys(op);
  const init: OperationInit = { params: { path: {}, query: {}, header: {} } };
  for (const [name, value] of Object.entries(defaults)) if (keys.get(name)?.in === "path") init.params.path[name] = value;
  for (const [key, value] of Object.entries((args ?? {}) as Record<string, unknown>)) {
    if (key === "body") {
      init.body = value;
      continue;
    }
    const target = keys.get(key);
    // A misspelt or unknown name would otherwise be dropped silently and the call sent without it.
    if (!target) {
      throw new InvalidRequestError({ location: "params", parameter: key, message: `${id} has no parameter "${key}" (parameters: ${[...keys.keys()].join(", ") || "none"})` });
    }
    // An explicit undefined leaves a client-level default in place.
    if (value !== undefined) init.params[target.in][target.name] = value;
  }
  if (op.body === "form") {
    init.bodySerializer = formBody as (body: unknown) => unknown;
    init.headers = FORM_HEADERS;
  } else if (op.body === "multipart") {
    // FormData: openapi-fetch sets no Content-Type, so fetch writes it with the boundary.
    init.bodySerializer = multipartBody as (body: unknown) => unknown;
  }
  if (op.parseAs) init.parseAs = op.parseAs;
  if (options) {
    const { headers, signal, timeout, retry, ...rest } = options;
    const unknown = Object.keys(rest);
    if (unknown.length) throw new PartnerkitError(`${id}: unknown request option "${unknown[0]}" (options: timeout, retry, signal, headers)`, { code: "invalid_request" });
    if (headers) init.headers = init.headers ? mergeHeaders(init.headers, headers) : headers;
    if (signal) init.signal = signal;
    if (timeout !== undefined) init.timeout = timeout;
    if (retry !== undefined) init.retry = retry;
  }
  return init;
}

/** A lazy thenable: `run` starts on the first then/withResponse and is shared by both. */
function apiPromise<T>(run: () => Promise<OperationResult>): ApiPromise<T> & Record<string, unknown> {
  let started: Promise<OperationResult> | undefined;
  const result = () => (started ??= run());
  const data = () => result().then((r) => r.data as T);
  return {
    then: (onFulfilled, onRejected) => data().then(onFulfilled, onRejected),
    catch: (onRejected) => data().catch(onRejected),
    finally: (onFinally) => data().finally(onFinally),
    withResponse: () => result().then((r) => ({ data: r.data as T, response: r.response, requestId: r.requestId })),
    [Symbol.toStringTag]: "ApiPromise",
  } as ApiPromise<T> & Record<string, unknown>;
}

/**
 * The methods of a client: one function per row of `operations`, each the same invoker bound to its row. Plain calls
 * start at once (like any promise); paginated ones wait to be awaited or iterated.
 */
export function operationMethods(operations: Readonly<Record<string, OperationDefinition>>, deps: InvokerDeps): Record<string, (args?: unknown, options?: RequestOptions) => unknown> {
  const methods: Record<string, (args?: unknown, options?: RequestOptions) => unknown> = {};
  for (const [id, op] of Object.entries(operations)) {
    methods[id] = (args?: unknown, options?: RequestOptions) => {
      // Argument errors surface when the call is made, before anything is sent.
      const init = operationInit(op, id, args, options, deps.defaults);
      if (!op.pagination) {
        const promise = apiPromise(() => deps.send(op, init));
        void promise.withResponse().catch(() => undefined);
        return promise;
      }
      const paged = op as OperationDefinition & { pagination: PaginationDefinition };
      const promise = apiPromise(() => deps.send(op, init));
      const paginate = (options: PaginateOptions = {}) => deps.paginate(paged, init, options);
      return Object.assign(promise, {
        paginate,
        pages: () => paginate().pages(),
        toArray: () => paginate().toArray(),
        [Symbol.asyncIterator]: () => paginate()[Symbol.asyncIterator](),
      });
    };
  }
  return methods;
}
