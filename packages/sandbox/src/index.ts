// A stateful sandbox of one vendor's API, in the calling process, built from the vendor's OpenAPI spec alone.
// Everything vendor-specific is data in the spec: the resources (`x-partnerkit.resources`), the pagination style
// (`x-pagination`), the token endpoint (`x-partnerkit.auth`) and the seed data (the spec's examples). See README.md.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with a default export; under NodeNext its namespace is what an ESM import gives.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

/** Credentials that `startSandbox` hands out for each vendor, in the shape its client's `auth` option takes. */
export interface VendorCredentials {
  "tdsynnex-ion": { refreshToken: string };
  "stream-partner": { clientId: string; clientSecret: string };
  rezstream: { clientId: string; clientSecret: string; refreshToken: string };
  afosto: { token: string };
}

/** Credentials of a vendor not listed in VendorCredentials (a spec passed with `spec`). */
export type SandboxCredentials = { token: string } | { clientId?: string; clientSecret?: string; refreshToken?: string };

export interface SandboxOptions {
  /** Path of the OpenAPI file to serve instead of the vendor's bundled spec. */
  spec?: string;
  /** Lifetime of the access tokens the token endpoint issues, in seconds (`expires_in`). Default 3600. */
  tokenLifetime?: number;
  /** Each refresh_token grant returns a new refresh token and revokes the one used. Default true. */
  rotateRefreshTokens?: boolean;
  /** Default 0: a port the OS chooses. */
  port?: number;
}

export interface FailureOptions {
  /** The status to answer with, 400-599. */
  status: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** How many consecutive calls of the operation fail. Default 1. */
  times?: number;
}

/** One exchange the sandbox served. */
export interface SandboxRequest {
  operationId: string | undefined;
  method: string;
  path: string;
  status: number;
  /** performance.now() when the request arrived. */
  at: number;
}

/** A JSON body that does not match its schema in the spec. */
export interface SandboxViolation {
  operationId: string;
  /** "request": the client sent it (answered 400); "response": the sandbox answered it (a sandbox or seed gap). */
  direction: "request" | "response";
  /** JSON pointer into the body. */
  pointer: string;
  message: string;
}

export interface Sandbox<C = SandboxCredentials> {
  /** Base URL on 127.0.0.1, for the client's `baseUrl` (the token endpoint is on the same origin). */
  url: string;
  /** The token endpoint on the sandbox (undefined without `x-partnerkit.auth`), for a client's `tokenUrl` option. */
  tokenUrl: string | undefined;
  /** For the client's `auth` option. */
  credentials: C;
  /** Every exchange so far (cleared by reset()). */
  readonly requests: readonly SandboxRequest[];
  /** JSON bodies that did not match the spec, both ways (cleared by reset()). */
  readonly violations: readonly SandboxViolation[];
  /** Milliseconds from startSandbox() to listening. */
  startupMs: number;
  /** Back to the seed data; tokens, scripted failures and the request log are cleared too. */
  reset(): void;
  /** The next `times` calls of `operationId` answer `status` (with `Retry-After` when given). */
  failNext(operationId: string, failure: FailureOptions): void;
  /** Every access token issued so far is expired now; refresh tokens stay valid. */
  expireTokens(): void;
  close(): Promise<void>;
}

/** A resource in `x-partnerkit.resources`: which operations read and write one collection, and its id field. */
export interface ResourceDefinition {
  name: string;
  idField: string;
  create?: string;
  get?: string;
  list?: string;
  update?: string;
  delete?: string;
  /**
   * Other operations that also create an item of this resource (TD SYNNEX: checkoutCart creates an order). The item is
   * the operation's example answer with the request's path parameters for fields of the same name and a new id.
   */
  createdBy?: string[];
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  params: string[];
  node: Json;
  secured: boolean;
}

interface Stored {
  scope: string;
  item: Record<string, unknown>;
}

const VENDOR_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Starts a sandbox of `vendor` (a spec folder name, e.g. "tdsynnex-ion") on 127.0.0.1 with an OS-chosen port.
 * Throws a TypeError for a malformed name or options, and an Error naming the known vendors for an unknown one.
 */
export function startSandbox<V extends keyof VendorCredentials>(vendor: V, options?: SandboxOptions): Promise<Sandbox<VendorCredentials[V]>>;
export function startSandbox(vendor: string, options?: SandboxOptions): Promise<Sandbox>;
export async function startSandbox(vendor: string, options: SandboxOptions = {}): Promise<Sandbox> {
  const started = performance.now();
  if (typeof vendor !== "string" || !VENDOR_NAME.test(vendor)) throw new TypeError(`startSandbox: vendor must be a name such as "tdsynnex-ion", got ${JSON.stringify(vendor)}`);
  const tokenLifetime = options.tokenLifetime ?? 3600;
  if (!(typeof tokenLifetime === "number" && tokenLifetime > 0 && Number.isFinite(tokenLifetime))) throw new TypeError(`startSandbox: tokenLifetime must be a positive number of seconds, got ${JSON.stringify(options.tokenLifetime)}`);
  const rotate = options.rotateRefreshTokens ?? true;

  const file = specFile(vendor, options.spec);
  // The packed specs are JSON: parsing the YAML costs ~0.5 s for TD SYNNEX on a cold start, JSON.parse a few ms.
  const doc = (file.endsWith(".json") ? JSON.parse(readFileSync(file, "utf8")) : parse(readFileSync(file, "utf8"))) as Json;
  const resolve = (node: Json): Json => resolveRef(doc, node);
  const ext = doc["x-partnerkit"] ?? {};
  const auth = ext.auth as { grants: string[]; tokenUrl: string; bodyEncoding: string; clientAuthentication: string } | undefined;
  const tokenPath = auth ? new URL(auth.tokenUrl).pathname : undefined;
  const basePath = serverPath(doc);

  // Routes: literal segments before templated ones, so /products/verticals wins over /products/{productId}.
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const node = item?.[method];
      if (!node?.operationId) continue;
      const params: string[] = [];
      const source = (basePath + template).replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_m, a, b) => {
        params.push(a ?? b);
        return "([^/]+)";
      });
      const security = node.security ?? doc.security ?? [];
      operations.push({ id: node.operationId, method, template, pattern: new RegExp(`^${source}/?$`), params, node, secured: security.length > 0 && (basePath + template) !== tokenPath });
    }
  }
  operations.sort((a, b) => a.params.length - b.params.length);
  const byId = new Map(operations.map((op) => [op.id, op]));

  const resources = (ext.resources ?? []) as ResourceDefinition[];
  for (const resource of resources) {
    for (const role of ["create", "get", "list", "update", "delete"] as const) {
      const id = resource[role];
      if (id !== undefined && !byId.has(id)) throw new Error(`startSandbox: x-partnerkit.resources ${resource.name}.${role} names ${id}, which is not an operation of ${vendor}`);
    }
    for (const id of resource.createdBy ?? []) if (!byId.has(id)) throw new Error(`startSandbox: x-partnerkit.resources ${resource.name}.createdBy names ${id}, which is not an operation of ${vendor}`);
  }
  const roleOf = new Map<string, { resource: ResourceDefinition; role: "create" | "get" | "list" | "update" | "delete" | "createdBy" }>();
  for (const resource of resources) {
    for (const role of ["create", "get", "list", "update", "delete"] as const) if (resource[role]) roleOf.set(resource[role]!, { resource, role });
    for (const id of resource.createdBy ?? []) roleOf.set(id, { resource, role: "createdBy" });
  }

  // ---- state --------------------------------------------------------------------------------------------------
  const credentials = credentialsFor(vendor, auth);
  let store = new Map<string, Stored[]>();
  let counters = new Map<string, number>();
  let accessTokens = new Map<string, number>(); // token -> expiry (ms, performance.now())
  let refreshTokens = new Set<string>();
  let issued = 0;
  let failures = new Map<string, { status: number; retryAfter?: number; left: number }>();
  let requests: SandboxRequest[] = [];
  let violations: SandboxViolation[] = [];

  // JSON bodies are checked against the spec's schemas, compiled on first use (a sandbox starts without compiling
  // the whole spec). strictSchema: false because OpenAPI adds keywords of its own (example, discriminator, x-*).
  let ajv: Ajv2020 | undefined;
  const validators = new Map<string, ValidateFunction | null>();
  /** The schema of `holder` (a requestBody or response, maybe a $ref) as a pointer into the document, when JSON. */
  function schemaPointer(base: string, holder: Json): string | undefined {
    if (holder?.$ref?.startsWith("#/")) return schemaPointer(holder.$ref, resolve(holder));
    const media = Object.keys(holder?.content ?? {}).find((type) => /^application\/(.+\+)?json\b/i.test(type));
    return media && holder.content[media].schema ? `${base}/content/${escapePointer(media)}/schema` : undefined;
  }
  function check(op: Operation, direction: "request" | "response", status: number, body: Json): SandboxViolation[] {
    const base = `#/paths/${escapePointer(op.template)}/${op.method}`;
    const pointer =
      direction === "request"
        ? schemaPointer(`${base}/requestBody`, op.node.requestBody)
        : schemaPointer(`${base}/responses/${status}`, op.node.responses?.[String(status)]);
    if (!pointer || body === undefined) return [];
    if (!validators.has(pointer)) {
      if (!ajv) {
        ajv = new Ajv2020({ strictSchema: false, allErrors: true });
        addFormats(ajv);
        ajv.addSchema(doc, "spec");
      }
      try {
        validators.set(pointer, ajv.compile({ $ref: `spec${pointer}` }));
      } catch {
        validators.set(pointer, null); // a schema ajv cannot compile is not checked rather than failing the request
      }
    }
    const validate = validators.get(pointer);
    if (!validate || validate(body)) return [];
    const found = (validate.errors ?? []).map((e) => ({ operationId: op.id, direction, pointer: e.instancePath || "/", message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}` }));
    violations.push(...found);
    return found;
  }

  const seed = () => {
    store = new Map();
    counters = new Map();
    for (const resource of resources) store.set(resource.name, seedItems(resource));
    accessTokens = new Map();
    refreshTokens = new Set("refreshToken" in credentials && credentials.refreshToken ? [credentials.refreshToken] : []);
    if ("token" in credentials) accessTokens.set(credentials.token, Number.POSITIVE_INFINITY);
    issued = 0;
    failures = new Map();
    requests = [];
    violations = [];
  };

  /** The seed: the list operation's example items, then the get example, each once, under the parameters' examples. */
  function seedItems(resource: ResourceDefinition): Stored[] {
    const out: Stored[] = [];
    const listOp = resource.list ? byId.get(resource.list) : undefined;
    const scopeOp = listOp ?? (resource.create ? byId.get(resource.create) : undefined);
    const scope = scopeOp ? scopeKey(scopeOp, Object.fromEntries(scopeOp.params.map((p) => [p, String(paramExample(scopeOp, p) ?? "")]))) : "";
    const add = (item: Json) => {
      if (item && typeof item === "object" && item[resource.idField] !== undefined && !out.some((s) => s.item[resource.idField] === item[resource.idField])) out.push({ scope, item: structuredClone(item) });
    };
    if (listOp) {
      const example = successExample(listOp);
      const items = itemsOf(example?.body, listOp.node["x-pagination"]?.items);
      for (const item of items ?? []) add(item);
    }
    const getOp = resource.get ? byId.get(resource.get) : undefined;
    if (getOp) add(successExample(getOp)?.body);
    return out;
  }

  // ---- spec helpers -------------------------------------------------------------------------------------------
  function parametersOf(op: Operation): Json[] {
    const pathItem = doc.paths[op.template];
    return [...(pathItem.parameters ?? []), ...(op.node.parameters ?? [])].map(resolve);
  }
  function paramExample(op: Operation, name: string): unknown {
    const p = parametersOf(op).find((x) => x.name === name);
    return p?.example ?? p?.schema?.example ?? p?.schema?.examples?.[0] ?? (p?.examples ? resolve(Object.values<Json>(p.examples)[0])?.value : undefined);
  }
  function paramDefault(op: Operation, name: string | undefined): unknown {
    return name === undefined ? undefined : parametersOf(op).find((x) => x.name === name)?.schema?.default;
  }
  /** The operation's first 2xx response with its example body (if any). */
  function successExample(op: Operation): { status: number; body: Json; headers: Record<string, string> } | undefined {
    const entry = Object.entries<Json>(op.node.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
    if (!entry) return undefined;
    return { status: Number(entry[0]), ...exampleOf(resolve(entry[1])) };
  }
  function exampleOf(response: Json): { body: Json; headers: Record<string, string> } {
    const media = response?.content?.["application/json"] ?? Object.values<Json>(response?.content ?? {})[0];
    let body = media?.example;
    if (body === undefined && media?.examples) body = resolve(Object.values<Json>(media.examples)[0])?.value;
    if (body === undefined && media?.schema) body = resolve(media.schema)?.example;
    const headers: Record<string, string> = {};
    for (const [name, header] of Object.entries<Json>(response?.headers ?? {})) {
      const h = resolve(header);
      const value = h?.example ?? h?.schema?.example;
      if (value !== undefined) headers[name] = String(value);
    }
    return { body: body === undefined ? undefined : structuredClone(body), headers };
  }
  /** The body the spec documents for `status` on this operation, or a generic problem. */
  function errorBody(op: Operation | undefined, status: number, message: string): Json {
    const response = op?.node.responses?.[String(status)] ?? op?.node.responses?.[`${String(status)[0]}XX`];
    const documented = response ? exampleOf(resolve(response)).body : undefined;
    return documented ?? { code: `HTTP_${status}`, message };
  }
  function requiredFields(op: Operation): string[] {
    const entry = Object.entries<Json>(op.node.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
    const media = entry ? Object.values<Json>(resolve(entry[1])?.content ?? {})[0] : undefined;
    return resolve(media?.schema)?.required ?? [];
  }
  /** Items are scoped by the path parameters of their collection (e.g. accountId, customerId), not by their own id. */
  function scopeKey(op: Operation, values: Record<string, string>, idParam?: string): string {
    return op.params.filter((p) => p !== idParam).map((p) => `${p}=${values[p]}`).join("&");
  }

  // ---- resources ----------------------------------------------------------------------------------------------
  function newId(resource: ResourceDefinition): unknown {
    const n = (counters.get(resource.name) ?? 0) + 1;
    counters.set(resource.name, n);
    // Deterministic and in the vendor's own format: the seed ids' trailing number, counted on from the largest.
    const ids = seedItems(resource).map((s) => s.item[resource.idField]);
    const numeric = ids.filter((id): id is number => typeof id === "number");
    if (numeric.length) return Math.max(...numeric) + n;
    const shaped = ids.map((id) => /^(.*?)(\d+)$/.exec(String(id))).filter((m): m is RegExpExecArray => m !== null);
    if (!shaped.length) return `${resource.name}-${n}`;
    const last = shaped.reduce((a, b) => (Number(a[2]) >= Number(b[2]) ? a : b));
    return `${last[1]}${String(Number(last[2]) + n).padStart(last[2]!.length, "0")}`;
  }

  function handleResource(op: Operation, role: string, resource: ResourceDefinition, values: Record<string, string>, query: URLSearchParams, headers: IncomingMessage["headers"], body: Json, origin: string): Answer {
    const items = store.get(resource.name)!;
    const idParam = role === "create" || role === "list" ? undefined : op.params[op.params.length - 1];
    const scope = scopeKey(op, values, idParam);
    const find = () => items.findIndex((s) => s.scope === scope && String(s.item[resource.idField]) === values[idParam!]);
    const notFound = (): Answer => ({ status: 404, body: errorBody(op, 404, `No ${resource.name} ${values[idParam!]}`) });
    const success = successExample(op);
    switch (role) {
      case "create": {
        if (!body || typeof body !== "object" || Array.isArray(body)) return { status: 400, body: errorBody(op, 400, "The request body must be a JSON object") };
        // What the body leaves out of the fields the response schema requires comes from the spec's example.
        const template = success?.body ?? {};
        const item: Record<string, unknown> = {};
        for (const field of requiredFields(op)) if (!(field in body) && field in template) item[field] = structuredClone(template[field]);
        Object.assign(item, body, { [resource.idField]: newId(resource) });
        items.push({ scope, item });
        return { status: success?.status ?? 201, body: item };
      }
      case "createdBy": {
        // Stored where the resource's own list finds it: under the list's path parameters, from this request.
        const home = byId.get(resource.list ?? resource.create ?? op.id)!;
        const item: Record<string, unknown> = { ...(success?.body ?? {}) };
        for (const [name, value] of Object.entries(values)) if (name in item) item[name] = value;
        if (body && typeof body === "object" && !Array.isArray(body)) Object.assign(item, body);
        item[resource.idField] = newId(resource);
        items.push({ scope: scopeKey(home, values), item });
        return { status: success?.status ?? 201, body: item };
      }
      case "get": {
        const at = find();
        return at < 0 ? notFound() : { status: success?.status ?? 200, body: items[at]!.item };
      }
      case "update": {
        const at = find();
        if (at < 0) return notFound();
        if (!body || typeof body !== "object" || Array.isArray(body)) return { status: 400, body: errorBody(op, 400, "The request body must be a JSON object") };
        // PUT bodies of these vendors are the request schema, not the whole resource: both PUT and PATCH merge.
        const stored = items[at]!;
        stored.item = { ...stored.item, ...body, [resource.idField]: stored.item[resource.idField] };
        return { status: success?.status ?? 200, body: stored.item };
      }
      case "delete": {
        const at = find();
        if (at < 0) return notFound();
        items.splice(at, 1);
        return { status: success?.status ?? 204, body: success?.body };
      }
      default: {
        const known = new Set(parametersOf(op).filter((p) => p.in === "query").map((p) => p.name));
        const pagination = op.node["x-pagination"];
        const paging = new Set<string>([pagination?.pageParam, pagination?.pageSizeParam, ...(pagination?.params ?? [])].filter(Boolean));
        // A documented query parameter named like an item field filters on it (e.g. listOrders' status).
        let list = items.filter((s) => s.scope === scope).map((s) => s.item);
        for (const [name, value] of query) if (known.has(name) && !paging.has(name) && list.some((i) => name in i)) list = list.filter((i) => String(i[name]) === value);
        return paginate(op, list, query, headers, success, origin, values);
      }
    }
  }

  /** One page of `list`, in the operation's own x-pagination style. */
  function paginate(op: Operation, list: unknown[], query: URLSearchParams, headers: IncomingMessage["headers"], success: ReturnType<typeof successExample>, origin: string, values: Record<string, string>): Answer {
    const def = op.node["x-pagination"];
    const status = success?.status ?? 200;
    const wrap = (page: unknown[]) => (def?.items ? { ...(success?.body ?? {}), [def.items]: page } : page);
    if (!def) return { status, body: wrap(list) };
    const sizeFrom = (raw: string | undefined | null, fallback: unknown) => positiveInt(raw) ?? positiveInt(fallback) ?? 25;
    switch (def.style) {
      case "page": {
        const page = positiveInt(query.get(def.pageParam)) ?? 1;
        const size = sizeFrom(query.get(def.pageSizeParam), paramDefault(op, def.pageSizeParam));
        const body = wrap(list.slice((page - 1) * size, page * size));
        if (def.total) (body as Json)[def.total] = list.length;
        return { status, body };
      }
      case "header": {
        const name = String(def.pageHeader).toLowerCase();
        const start = nonNegativeInt(header(headers, name)) ?? 0;
        const size = sizeFrom(def.pageSizeHeader ? header(headers, def.pageSizeHeader.toLowerCase()) : undefined, undefined);
        const out: Record<string, string> = {};
        // The cursor is the offset of the next page: opaque to the client, which only sends it back.
        if (start + size < list.length) out[def.pageHeader] = String(start + size);
        return { status, body: wrap(list.slice(start, start + size)), headers: out };
      }
      case "link": {
        // Offset (params [offset, limit]) and cursor (params name the position) both walk by offset here; the
        // next link is on the sandbox's own origin, so the client follows it.
        const [first, second] = def.params ?? [];
        const offset = nonNegativeInt(query.get(first)) ?? 0;
        const size = def.mode === "offset" ? sizeFrom(query.get(second), paramDefault(op, second)) : 25;
        const out: Record<string, string> = {};
        if (offset + size < list.length) {
          const next = new URLSearchParams(query);
          next.set(first, String(offset + size));
          if (def.mode === "offset" && second) next.set(second, String(size));
          out.Link = `<${origin}${basePath}${op.template.replace(/\{([^}]+)\}/g, (_m, p) => encodeURIComponent(values[p] ?? ""))}?${next}>; rel="next"`;
        }
        return { status, body: wrap(list.slice(offset, offset + size)), headers: out };
      }
      default:
        return { status, body: wrap(list) };
    }
  }

  // ---- auth ---------------------------------------------------------------------------------------------------
  function issue(): Record<string, unknown> {
    issued += 1;
    const access = `sandbox-access-${issued}`;
    accessTokens.set(access, performance.now() + tokenLifetime * 1000);
    const out: Record<string, unknown> = { access_token: access, token_type: "Bearer", expires_in: tokenLifetime };
    return out;
  }

  function tokenEndpoint(op: Operation | undefined, headers: IncomingMessage["headers"], raw: string): Answer {
    const fields = parseBody(raw, headers["content-type"]);
    const reject = (error: string, description: string): Answer => {
      // The vendor's documented rejection status (Ion: 401 for a bad refresh token), else RFC 6749's 400.
      const status = op?.node.responses?.["401"] && error === "invalid_grant" ? 401 : 400;
      return { status, body: { error, error_description: description } };
    };
    if (!auth) return reject("unsupported_grant_type", "This vendor has no token endpoint");
    // The vendor's documented success status (Stream: 201).
    const tokenStatus = (op && successExample(op)?.status) ?? 200;
    const grant = String(fields.grant_type ?? "");
    if (!auth.grants.includes(grant)) return reject("unsupported_grant_type", `Grant ${grant || "(none)"} is not supported`);
    if (auth.clientAuthentication !== "none" && "clientId" in credentials) {
      let id = fields.client_id;
      let secret = fields.client_secret;
      const basic = /^Basic\s+(.+)$/i.exec(header(headers, "authorization") ?? "");
      if (basic) [id, secret] = Buffer.from(basic[1]!, "base64").toString().split(":").map(decodeURIComponent);
      if (id !== credentials.clientId || (secret !== undefined && secret !== credentials.clientSecret) || (grant === "client_credentials" && secret === undefined)) {
        return { status: 401, body: { error: "invalid_client", error_description: "Unknown client or wrong secret" } };
      }
    }
    if (grant === "refresh_token") {
      const sent = String(fields.refresh_token ?? "");
      if (!refreshTokens.has(sent)) return reject("invalid_grant", "The refresh token is invalid, expired or revoked");
      const out = issue();
      if (rotate) {
        refreshTokens.delete(sent);
        const next = `sandbox-refresh-${issued}`;
        refreshTokens.add(next);
        out.refresh_token = next;
      }
      return { status: tokenStatus, body: out };
    }
    return { status: tokenStatus, body: issue() };
  }

  function authorized(headers: IncomingMessage["headers"]): boolean {
    const bearer = /^Bearer\s+(.+)$/i.exec(header(headers, "authorization") ?? "");
    const expiry = bearer ? accessTokens.get(bearer[1]!) : undefined;
    return expiry !== undefined && expiry > performance.now();
  }

  // ---- HTTP ---------------------------------------------------------------------------------------------------
  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(request.url ?? "/", "http://sandbox.invalid");
    const method = (request.method ?? "GET").toLowerCase();
    const raw = await readBody(request);
    const origin = `http://${request.headers.host ?? "127.0.0.1"}`;
    let op: Operation | undefined;
    let values: Record<string, string> = {};
    for (const candidate of operations) {
      if (candidate.method !== method) continue;
      const match = candidate.pattern.exec(url.pathname);
      if (!match) continue;
      op = candidate;
      values = Object.fromEntries(candidate.params.map((p, i) => [p, decodeURIComponent(match[i + 1]!)]));
      break;
    }
    const answer = route(op, values, url, request.headers, raw, origin);
    requests.push({ operationId: op?.id, method: method.toUpperCase(), path: url.pathname + url.search, status: answer.status, at });
    const out: Record<string, string> = { ...(answer.headers ?? {}) };
    if (answer.body === undefined) return void reply.writeHead(answer.status, out).end();
    out["content-type"] = "application/json";
    reply.writeHead(answer.status, out).end(JSON.stringify(answer.body));
  }

  function route(op: Operation | undefined, values: Record<string, string>, url: URL, headers: IncomingMessage["headers"], raw: string, origin: string): Answer {
    if (tokenPath !== undefined && url.pathname === tokenPath) {
      const failure = op && takeFailure(op.id);
      return failure ?? tokenEndpoint(op, headers, raw);
    }
    if (!op) return { status: 404, body: { code: "NOT_FOUND", message: `No operation of ${vendor} matches ${url.pathname}` } };
    const failure = takeFailure(op.id);
    if (failure) return failure;
    if (op.secured && !authorized(headers)) {
      return { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' }, body: errorBody(op, 401, "A valid Bearer access token is required") };
    }
    let body: Json;
    try {
      body = raw ? parseBody(raw, headers["content-type"]) : undefined;
    } catch {
      return { status: 400, body: errorBody(op, 400, "The request body is not valid JSON") };
    }
    if (raw && /json/i.test(headers["content-type"] ?? "")) {
      const found = check(op, "request", 0, body);
      if (found.length) {
        // As the vendor would: 400, in its documented error shape where it has one, naming what is wrong.
        const documented = errorBody(op, 400, "");
        const message = `${op.id}: the request body does not match the spec: ${found.map((v) => v.message).join("; ")}`;
        return { status: 400, body: documented && typeof documented === "object" && "message" in documented ? { ...documented, message } : { code: "HTTP_400", message } };
      }
    }
    const role = roleOf.get(op.id);
    let answer: Answer;
    if (role) answer = handleResource(op, role.role, role.resource, values, url.searchParams, headers, body, origin);
    else {
      // No resource data: the spec's example answer, as a Prism mock would give it.
      const success = successExample(op);
      answer = success ? { status: success.status, body: success.body, headers: success.headers } : { status: 204 };
    }
    check(op, "response", answer.status, answer.body);
    return answer;
  }

  function takeFailure(operationId: string): Answer | undefined {
    const failure = failures.get(operationId);
    if (!failure) return undefined;
    failure.left -= 1;
    if (failure.left <= 0) failures.delete(operationId);
    const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { "Retry-After": String(failure.retryAfter) };
    return { status: failure.status, headers, body: errorBody(byId.get(operationId), failure.status, `Scripted failure (failNext) of ${operationId}`) };
  }

  seed();
  const server = createServer((request, reply) => {
    handle(request, reply).catch((error: unknown) => {
      if (reply.headersSent) return void reply.destroy();
      reply.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ code: "SANDBOX_ERROR", message: String((error as Error)?.message ?? error) }));
    });
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.address();
      resolveUrl(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${basePath}`);
    });
  });

  return {
    url,
    tokenUrl: tokenPath === undefined ? undefined : new URL(tokenPath, url).href,
    credentials,
    get requests() {
      return requests;
    },
    get violations() {
      return violations;
    },
    startupMs: performance.now() - started,
    reset: seed,
    failNext(operationId, failure) {
      if (!byId.has(operationId)) throw new TypeError(`failNext: ${vendor} has no operation ${JSON.stringify(operationId)}`);
      const times = failure?.times ?? 1;
      if (!Number.isInteger(failure?.status) || failure.status < 400 || failure.status > 599) throw new TypeError(`failNext: status must be an integer 400-599, got ${JSON.stringify(failure?.status)}`);
      if (!Number.isInteger(times) || times < 1) throw new TypeError(`failNext: times must be a positive integer, got ${JSON.stringify(failure.times)}`);
      if (failure.retryAfter !== undefined && !(Number.isInteger(failure.retryAfter) && failure.retryAfter >= 0)) throw new TypeError(`failNext: retryAfter must be whole seconds >= 0, got ${JSON.stringify(failure.retryAfter)}`);
      failures.set(operationId, { status: failure.status, ...(failure.retryAfter === undefined ? {} : { retryAfter: failure.retryAfter }), left: times });
    },
    expireTokens() {
      for (const token of accessTokens.keys()) if (!("token" in credentials && token === credentials.token)) accessTokens.set(token, 0);
    },
    close: () =>
      new Promise<void>((done, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : done()));
      }),
  };
}

interface Answer {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
}

/**
 * The spec to serve: `spec` if given; in the partnerkit repository (packages/sandbox) the repository's own, so an
 * edited spec is served without a rebuild; else the copy shipped in this package (specs/, copied at build time).
 */
function specFile(vendor: string, spec: string | undefined): string {
  if (spec !== undefined) {
    if (!existsSync(spec)) throw new Error(`startSandbox: no spec file at ${spec}`);
    return spec;
  }
  const inRepository = existsSync(fileURLToPath(new URL("../../../partnerkit.config.json", import.meta.url)));
  const candidates = [
    ...(inRepository ? [new URL(`../../../specs/${vendor}/openapi.yaml`, import.meta.url)] : []),
    new URL(`../specs/${vendor}.json`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`startSandbox: no spec for vendor "${vendor}" (looked in ${candidates.join(", ")}); pass { spec } to serve another`);
  return found;
}

function credentialsFor(vendor: string, auth: { grants: string[]; clientAuthentication: string } | undefined): Json {
  if (!auth) return { token: `sandbox-token-${vendor}` };
  const out: Record<string, string> = {};
  if (auth.clientAuthentication !== "none") Object.assign(out, { clientId: `sandbox-client-${vendor}`, clientSecret: `sandbox-secret-${vendor}` });
  if (auth.grants.includes("refresh_token") && !(auth.grants.includes("client_credentials") && out.clientId)) out.refreshToken = `sandbox-refresh-0`;
  return out;
}

function serverPath(doc: Json): string {
  try {
    return new URL(doc.servers?.[0]?.url ?? "/", "http://x.invalid").pathname.replace(/\/$/, "");
  } catch {
    return "";
  }
}

function resolveRef(doc: Json, node: Json, depth = 0): Json {
  if (!node || typeof node !== "object" || typeof node.$ref !== "string" || depth > 20) return node;
  if (!node.$ref.startsWith("#/")) return node; // only local references: the specs are bundled into one file
  let target = doc;
  for (const part of node.$ref.slice(2).split("/")) target = target?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return resolveRef(doc, target, depth + 1);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function itemsOf(body: Json, key: string | undefined): Json[] | undefined {
  const value = key ? body?.[key] : body;
  return Array.isArray(value) ? value : undefined;
}

function parseBody(raw: string, contentType: string | undefined): Json {
  if (!raw) return {};
  if (/x-www-form-urlencoded/i.test(contentType ?? "")) return Object.fromEntries(new URLSearchParams(raw));
  return JSON.parse(raw);
}

function header(headers: IncomingMessage["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function positiveInt(value: unknown): number | undefined {
  return /^\d+$/.test(String(value ?? "")) && Number(value) > 0 ? Number(value) : undefined;
}

function nonNegativeInt(value: unknown): number | undefined {
  return /^\d+$/.test(String(value ?? "")) ? Number(value) : undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
    request.on("error", fail);
  });
}
