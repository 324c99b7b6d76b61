import { parseRetryAfter } from "./retry.js";

// The ESM and CJS builds each define their own classes. A vendor package resolved through `require` and an app
// using `import` may therefore hold two copies, and plain prototype `instanceof` would fail across them.
// Every instance carries the brand names of its class chain under a registry symbol shared by all copies,
// and `instanceof` checks the brand instead of the prototype.
const BRANDS = Symbol.for("@partnerkit/runtime.error-brands");

type Brandable = { brand?: string };

function brandsOf(ctor: unknown): string[] {
  const brands: string[] = [];
  for (let c = ctor; typeof c === "function"; c = Object.getPrototypeOf(c)) {
    const brand = Object.hasOwn(c, "brand") ? (c as Brandable).brand : undefined;
    if (typeof brand === "string") brands.push(brand);
  }
  return brands;
}

export type PartnerkitErrorCode =
  | "api_error"
  | "authentication_failed"
  | "grant_rejected"
  | "connection_failed"
  | "timeout"
  | "missing_path_parameter"
  | "invalid_request"
  | "invalid_response"
  | "pagination"
  | "invalid_configuration";

export class PartnerkitError extends Error {
  static readonly brand: string = "PartnerkitError";

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const brands = (value as { [BRANDS]?: unknown })[BRANDS];
    return Array.isArray(brands) && brands.includes((this as Brandable).brand);
  }

  declare readonly code: PartnerkitErrorCode;

  constructor(message: string, options?: { cause?: unknown; code?: PartnerkitErrorCode }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    const brands = brandsOf(new.target);
    Object.defineProperty(this, BRANDS, { value: brands });
    Object.defineProperty(this, "name", { value: brands[0] ?? "PartnerkitError", configurable: true, writable: true });
    this.code = options?.code ?? "api_error";
  }

  /** The error's own enumerable fields (status, url, body…); headers, cause and stack are not enumerable and stay out. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, ...(this as object) };
  }
}

export interface ApiErrorInit<E = unknown> {
  status: number;
  method: string;
  /** Already redacted. */
  url: string;
  requestId?: string | undefined;
  /** Parsed body, already redacted. */
  body?: E;
  headers?: Headers;
  message?: string;
  cause?: unknown;
}

/** An HTTP response with a non-2xx status. `body` is the parsed error body (typed per operation via `E`). */
export class ApiError<E = unknown> extends PartnerkitError {
  static override readonly brand: string = "ApiError";
  // `declare`: assigned in the constructor, so no class-field definitions are emitted for them.
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly requestId: string | undefined;
  declare readonly body: E | undefined;
  declare readonly headers: Headers | undefined;

  constructor(init: ApiErrorInit<E>) {
    super(init.message ?? describe(init), { cause: init.cause, code: "api_error" });
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
    this.body = init.body;
    // Not enumerable: keeps logs and JSON small; response headers are not part of the error's identity.
    Object.defineProperty(this, "headers", { value: init.headers, enumerable: false });
  }
}

function describe(init: { status: number; method: string; url: string; requestId?: string | undefined; body?: unknown }) {
  const detail = bodyMessage(init.body);
  return (
    `${init.status} ${init.method} ${init.url}` +
    (detail ? `: ${detail}` : "") +
    (init.requestId ? ` (request id ${init.requestId})` : "")
  );
}

function bodyMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.slice(0, 200) || undefined;
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    for (const key of ["message", "error_description", "detail", "title", "error"]) {
      if (typeof b[key] === "string" && b[key]) return (b[key] as string).slice(0, 200);
    }
  }
  return undefined;
}

/** 400 or 422. */
export class BadRequestError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "BadRequestError";
}
export class UnauthorizedError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "UnauthorizedError";
}
export class ForbiddenError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "ForbiddenError";
}
export class NotFoundError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "NotFoundError";
}
export class ConflictError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "ConflictError";
}
/**
 * 429, or any retryable status whose Retry-After asks for a longer wait than `retry.maxRetryDelay` allows (then thrown at
 * once, in both modes, rather than retrying early). `retryAfter` is the server's wait in ms, when it sent a usable one.
 */
export class RateLimitError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "RateLimitError";
  declare readonly retryAfter: number | undefined;
  constructor(init: ApiErrorInit<E> & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter ?? parseRetryAfter(init.headers?.get("retry-after") ?? null);
  }
}
/** Any 5xx. */
export class ServerError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "ServerError";
}

/** The token endpoint refused or returned something unusable. `body` is the (redacted) OAuth error body. */
export class AuthenticationError<E = unknown> extends ApiError<E> {
  static override readonly brand: string = "AuthenticationError";
  /** "grant_rejected": the endpoint refused the grant or client (400/401; see `body.error`), not retried. */
  declare readonly code: "authentication_failed" | "grant_rejected";
  constructor(init: ApiErrorInit<E> & { code?: "authentication_failed" | "grant_rejected" }) {
    super(init);
    (this as { code: PartnerkitErrorCode }).code = init.code ?? "authentication_failed";
  }
}

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: BadRequestError,
  429: RateLimitError,
};

export function apiErrorFor<E>(init: ApiErrorInit<E>): ApiError<E> {
  const Class = BY_STATUS[init.status] ?? (init.status >= 500 ? ServerError : ApiError);
  return new Class(init) as ApiError<E>;
}

interface RequestErrorInit {
  method: string;
  /** Already redacted. */
  url: string;
  cause?: unknown;
}

/** What ConnectionError and TimeoutError share; not exported, and without a brand of its own. */
class RequestError extends PartnerkitError {
  declare readonly method: string;
  declare readonly url: string;
  constructor(message: string, code: PartnerkitErrorCode, init: RequestErrorInit) {
    super(message, { cause: init.cause, code });
    this.method = init.method;
    this.url = init.url;
  }
}

/** The request never got a response: DNS, refused or reset connection, TLS failure… */
export class ConnectionError extends RequestError {
  static override readonly brand: string = "ConnectionError";
  constructor(init: RequestErrorInit & { message?: string }) {
    super(init.message ?? `Connection failed: ${init.method} ${init.url}`, "connection_failed", init);
  }
}

/** The client's own timeout or overall deadline fired (a caller's AbortSignal surfaces as the caller's reason instead). */
export class TimeoutError extends RequestError {
  static override readonly brand: string = "TimeoutError";
  declare readonly timeout: number;
  constructor(init: RequestErrorInit & { timeout: number; kind?: "timeout" | "deadline" }) {
    super(`${init.kind === "deadline" ? "Retry deadline" : "Timeout"} of ${init.timeout} ms exceeded: ${init.method} ${init.url}`, "timeout", init);
    this.timeout = init.timeout;
  }
}

/** Where the offending input of an InvalidRequestError was given. */
export type RequestInputLocation = "path" | "query" | "header" | "baseUrl" | "params" | "body";

/**
 * An input would change where or how the request goes (a path parameter that leaves its segment, a query value its style
 * cannot represent, a header value with CR/LF/NUL, a baseUrl with credentials). Thrown before anything is sent. The
 * message names the parameter and never contains its value, which may be a secret.
 */
export class InvalidRequestError extends PartnerkitError {
  static override readonly brand: string = "InvalidRequestError";
  declare readonly location: RequestInputLocation;
  /** The parameter, header or option name (never the value). */
  declare readonly parameter: string;
  constructor(init: { location: RequestInputLocation; parameter: string; message: string; code?: PartnerkitErrorCode }) {
    super(init.message, { code: init.code ?? "invalid_request" });
    this.location = init.location;
    this.parameter = init.parameter;
  }
}

/** A path template variable such as `{id}` had no value; thrown before anything is sent. */
export class MissingPathParameterError extends InvalidRequestError {
  static override readonly brand: string = "MissingPathParameterError";
  constructor(method: string, path: string, parameter: string) {
    super({
      location: "path",
      parameter,
      message: `Missing path parameter "${parameter}" for ${method} ${path} (pass it in params.path)`,
      code: "missing_path_parameter",
    });
  }
}

/**
 * A successful (2xx) response whose body is not what was asked for: malformed JSON, an HTML page, or an empty body
 * that declares a JSON content type. Not retried. `excerpt` is the start of the body with known secrets and
 * sensitive-looking fields masked.
 */
export class InvalidResponseError extends PartnerkitError {
  static override readonly brand: string = "InvalidResponseError";
  declare readonly status: number;
  declare readonly method: string;
  /** Already redacted. */
  declare readonly url: string;
  declare readonly requestId: string | undefined;
  declare readonly excerpt: string;
  declare readonly headers: Headers | undefined;
  constructor(init: { status: number; method: string; url: string; requestId?: string | undefined; excerpt: string; reason: string; headers?: Headers }) {
    super(
      `${init.reason} in ${init.status} response: ${init.method} ${init.url}` +
        (init.requestId ? ` (request id ${init.requestId})` : "") +
        (init.excerpt ? `: ${JSON.stringify(init.excerpt)}` : ""),
      { code: "invalid_response" },
    );
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
    this.excerpt = init.excerpt;
    Object.defineProperty(this, "headers", { value: init.headers, enumerable: false });
  }
}

/** Pagination cannot continue safely (repeated next link/cursor, next link on another origin, body without items). */
export class PaginationError extends PartnerkitError {
  static override readonly brand: string = "PaginationError";
  constructor(message: string) {
    super(message, { code: "pagination" });
  }
}
