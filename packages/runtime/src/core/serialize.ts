// What goes into a URL or a header from caller input. openapi-fetch's own serializers leave path values such as
// ".." or "a/b?c" to the URL parser, put object keys into deepObject names unencoded and let Headers quote a bad
// value in its TypeError; these replacements keep every value inside its slot and fail with a typed error,
// naming the parameter but never its value, before anything is sent.
import type { QuerySerializerOptions } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

const PATH_PARAM = /\{([^{}]+)\}/g;

/** Marks a failed encoding; turned into an InvalidRequestError by the caller, which knows the parameter's name. */
class Unrepresentable extends Error {}

/**
 * Percent-encodes everything outside RFC 3986's unreserved set (ALPHA DIGIT - . _ ~). encodeURIComponent leaves
 * !'()* alone, which are sub-delimiters and mean something to some routers. A lone surrogate has no UTF-8 form.
 */
export function encodeStrict(value: string): string {
  let out: string;
  try {
    out = encodeURIComponent(value);
  } catch {
    throw new Unrepresentable("contains a lone surrogate (not valid Unicode)");
  }
  return out.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// allowReserved (OpenAPI) keeps RFC 3986 reserved characters as they are, except "#", which would end the query.
function encodeAllowReserved(value: string): string {
  return encodeStrict(value).replace(/%(3A|2F|3F|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function primitive(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "bigint":
    case "boolean":
      return String(value);
    default:
      throw new Unrepresentable(`is ${value === null ? "null" : Array.isArray(value) ? "an array" : `a nested ${typeof value}`}`);
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** openapi-fetch's path serializer contract: (baseUrl + path template, params.path) → URL. */
export function serializePath(pathname: string, params: Record<string, unknown> | undefined): string {
  return pathname.replace(PATH_PARAM, (match, inner: string) => {
    let name = inner;
    let style: "simple" | "label" | "matrix" = "simple";
    if (name.endsWith("*")) name = name.slice(0, -1);
    if (name.startsWith(".")) (style = "label"), (name = name.slice(1));
    else if (name.startsWith(";")) (style = "matrix"), (name = name.slice(1));
    const value = params?.[name];
    // Left for the typed client's MissingPathParameterError (the raw client sends the template as openapi-fetch does).
    if (value === undefined || value === null) return match;
    const fail = (reason: string) => new InvalidRequestError({ location: "path", parameter: name, message: `Path parameter "${name}" ${reason}` });
    if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) throw fail("must be a string or a finite number");
    const text = String(value);
    if (text === "") throw fail("must not be empty");
    // Even percent-encoded ("%2e"), URL parsers resolve these as dot segments, so they can only be refused.
    if (text === "." || text === "..") throw fail('must not be a dot segment ("." or "..")');
    let encoded: string;
    try {
      encoded = encodeStrict(text);
    } catch (error) {
      throw fail((error as Error).message);
    }
    return style === "label" ? `.${encoded}` : style === "matrix" ? `;${encodeStrict(name)}=${encoded}` : encoded;
  });
}

/**
 * A query serializer with openapi-fetch's options (array/object style and explode, allowReserved) that also encodes
 * names and deepObject keys, and throws InvalidRequestError for values the style cannot represent: nested objects or
 * arrays, objects that are not plain (Date, Map…), symbols, functions, lone surrogates.
 */
export function createQuerySerializer(options: QuerySerializerOptions | undefined): (query: Record<string, unknown> | undefined) => string {
  const arrayStyle = options?.array?.style ?? "form";
  const arrayExplode = options?.array?.explode ?? true;
  const objectStyle = options?.object?.style ?? "deepObject";
  const objectExplode = options?.object?.explode ?? true;
  const encodeValue = options?.allowReserved ? encodeAllowReserved : encodeStrict;

  return function querySerializer(query) {
    const parts: string[] = [];
    if (!query || typeof query !== "object") return "";
    for (const name of Object.keys(query)) {
      const value = query[name];
      if (value === undefined || value === null) continue;
      try {
        const key = encodeStrict(name);
        if (Array.isArray(value)) {
          const items = value.filter((v) => v !== undefined && v !== null).map((v) => encodeValue(primitive(v)));
          if (items.length === 0) continue;
          if (arrayExplode) for (const item of items) parts.push(`${key}=${item}`);
          else parts.push(`${key}=${items.join(arrayStyle === "spaceDelimited" ? "%20" : arrayStyle === "pipeDelimited" ? "|" : ",")}`);
        } else if (typeof value === "object") {
          if (!isPlainObject(value)) throw new Unrepresentable("is not a plain object");
          const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
          if (objectStyle === "deepObject") {
            for (const [k, v] of entries) parts.push(`${key}[${encodeStrict(k)}]=${encodeValue(primitive(v))}`);
          } else if (objectExplode) {
            for (const [k, v] of entries) parts.push(`${encodeStrict(k)}=${encodeValue(primitive(v))}`);
          } else if (entries.length) {
            parts.push(`${key}=${entries.map(([k, v]) => `${encodeStrict(k)},${encodeValue(primitive(v))}`).join(",")}`);
          }
        } else {
          parts.push(`${key}=${encodeValue(primitive(value))}`);
        }
      } catch (error) {
        if (!(error instanceof Unrepresentable)) throw error;
        // The name may itself be the problem (a lone surrogate); it is only echoed when it is well-formed.
        const shown = safeName(name);
        throw new InvalidRequestError({
          location: "query",
          parameter: shown,
          message: `Query parameter "${shown}" cannot be serialized (${objectStyle}/${arrayStyle}): it or a value in it ${error.message}`,
        });
      }
    }
    return parts.join("&");
  };
}

function safeName(name: string): string {
  try {
    encodeURIComponent(name);
    return name;
  } catch {
    return "(name with a lone surrogate)";
  }
}

// RFC 9110 field-name (token) and field-value. Headers would throw a TypeError quoting the whole value (a token, say)
// for CR, LF or NUL, and a ByteString error for characters above U+00FF.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;

/**
 * Throws InvalidRequestError for a header name that is not a token or a value with CR, LF, NUL or a character above
 * U+00FF. `what` names where it came from ("headers option", "params.header"…); the value is never quoted.
 */
export function checkHeader(name: string, value: unknown, what: string): void {
  if (!TOKEN.test(name)) {
    throw new InvalidRequestError({ location: "header", parameter: "(invalid name)", message: `A header name in ${what} is not a valid HTTP token` });
  }
  if (value === undefined || value === null) return;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v === "string" ? BAD_VALUE.test(v) : typeof v === "object" || typeof v === "symbol" || typeof v === "function") {
      throw new InvalidRequestError({
        location: "header",
        parameter: name,
        message: `Header ${name} (${what}) has a value that cannot be sent: header values must be text without CR, LF or NUL`,
      });
    }
  }
}

/** Checks every header of a HeadersOptions-like value (plain object, array of pairs or Headers). */
export function checkHeaders(headers: unknown, what: string): void {
  // A Headers object has validated its values already.
  if (!headers || typeof headers !== "object" || headers instanceof Headers) return;
  const entries = Array.isArray(headers) ? (headers as [string, unknown][]) : Object.entries(headers);
  for (const [name, value] of entries) checkHeader(String(name), value, what);
}
