// Renders the types of the operation methods (`client.listCustomers(params, options)`): one named type per
// operation's parameters, body, response, error and page item, and one interface of methods with the spec's docs.
// Everything is spelt out per operation (indexed accesses into openapi-typescript's `operations`), so a consumer's
// call costs a handful of type instantiations instead of a generic lookup through `paths`.
import { readFileSync } from "node:fs";
import { operationsOf } from "./check-spec.mjs";
import { resolveLocalRef } from "./refs.mjs";

export const pascal = (s) => s.replace(/(^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, __, c) => c.toUpperCase());

/** Names a client already has: an operationId equal to one of these would replace it (the generator refuses). */
export const CLIENT_MEMBERS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "paginate", "use", "eject", "vendor", "baseUrl", "raw",
  // A `then` member would make every client a thenable; the rest are Object.prototype's.
  "then", "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "__proto__"];

/** The suffixes of the named types generated per operation. */
export const TYPE_SUFFIXES = ["Params", "Body", "Response", "ErrorBody", "Item"];

/**
 * Names the runtime exports (a vendor entry re-exports them all). An operation whose generated type names would
 * shadow one (Stream's `token` -> TokenResponse) gets `Operation` after its name: TokenOperationParams, …
 */
export const RUNTIME_EXPORTS = new Set(
  [...readFileSync(new URL("../../packages/runtime/src/index.ts", import.meta.url), "utf8").matchAll(/\b([A-Z][A-Za-z0-9_]*)\b/g)].map((m) => m[1]),
);

/** The base of an operation's type names (see RUNTIME_EXPORTS). */
export function typeBase(id) {
  const base = pascal(id);
  return TYPE_SUFFIXES.some((suffix) => RUNTIME_EXPORTS.has(base + suffix)) ? `${base}Operation` : base;
}

const PATH_PARAM = /\{[.;]?([^{}*]+)\*?\}/g;
const LOCATIONS = ["path", "query", "header"];

const deref = (openapi, node) => (node?.$ref ? resolveLocalRef(openapi, node.$ref) : node);

/** The argument keys (the runtime's argumentKeys() in core/operations.ts, mirrored): path, query, header; clashes prefixed. */
export function argumentKeys(path, params) {
  const keys = [];
  const taken = new Set();
  const pathNames = [...new Set([...path.matchAll(PATH_PARAM)].map((m) => m[1]))];
  for (const location of LOCATIONS) {
    const names = location === "path" ? pathNames : params.filter((p) => p.in === location).map((p) => p.name);
    for (const name of names) {
      const key = name === "body" || taken.has(name) ? `${location}.${name}` : name;
      taken.add(key);
      keys.push({ key, in: location, name, param: params.find((p) => p.in === location && p.name === name) });
    }
  }
  return keys;
}

/** Parameters of an operation (path item's, overridden by the operation's of the same name and location). */
export function parametersOf(openapi, item, operation) {
  const out = new Map();
  for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(openapi, p))) {
    if (p?.in === "cookie") continue;
    out.set(`${p.in}:${p.name}`, p);
  }
  return [...out.values()];
}

/** The request body's content type and how the runtime encodes it. */
export function requestBodyOf(openapi, operation) {
  const body = deref(openapi, operation.requestBody);
  if (!body?.content) return undefined;
  const types = Object.keys(body.content);
  const type = types.find((t) => /json/i.test(t)) ?? types[0];
  const encoding = /x-www-form-urlencoded/i.test(type) ? "form" : /multipart\/form-data/i.test(type) ? "multipart" : undefined;
  return { type, encoding, required: body.required === true };
}

/** The first 2xx response with its content type (JSON preferred) and how the runtime reads it. */
export function successOf(openapi, operation) {
  const code = Object.keys(operation.responses ?? {}).find((c) => /^2/.test(c));
  if (!code) return undefined;
  const response = deref(openapi, operation.responses[code]);
  const types = Object.keys(response?.content ?? {});
  if (!types.length) return { code };
  const type = types.find((t) => /json/i.test(t)) ?? types[0];
  const parseAs = /json/i.test(type) ? undefined : /^text\//i.test(type) ? "text" : "blob";
  return { code, type, parseAs };
}

/** The documented non-2xx responses with a JSON body: status code and content type. */
export function errorsOf(openapi, operation) {
  const out = [];
  for (const [code, node] of Object.entries(operation.responses ?? {})) {
    if (/^2/.test(code)) continue;
    const type = Object.keys(deref(openapi, node)?.content ?? {}).find((t) => /json/i.test(t));
    if (type) out.push({ code, type });
  }
  return out;
}

/** A JSDoc block from lines (blank lines kept as paragraph breaks); `*​/` in spec text cannot end it. */
function jsdoc(lines, indent) {
  const text = lines.filter((l) => l !== undefined && l !== null).join("\n").replace(/\*\//g, "*\\/").trim();
  if (!text) return "";
  const body = text.split("\n").map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n");
  return `${indent}/**\n${body}\n${indent} */\n`;
}

/** Non-empty texts separated by blank lines (JSDoc paragraphs). */
function paragraphs(texts) {
  return texts.filter((t) => t !== undefined && t !== null && String(t).trim() !== "").flatMap((t, i) => (i ? ["", String(t).trim()] : [String(t).trim()]));
}

function provenance(node, what) {
  if (node?.["x-provenance"] !== "inferred") return undefined;
  return `Inferred ${what} (x-provenance: inferred)${node["x-provenance-reason"] ? `: ${String(node["x-provenance-reason"]).trim()}` : "."}`;
}

const str = (s) => JSON.stringify(s);
const prop = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name));

/**
 * The methods module of one vendor (or one Afosto service): named types per operation and the methods interface.
 * `defaults`: path parameter names with a client-level default (x-partnerkit.pathDefaults).
 */
export function renderMethods({ openapi, filter = () => true, interfaceName, vendorTitle, docsPage, defaults = [] }) {
  const out = [];
  const members = [];
  const D = defaults.length ? "D" : undefined;
  const rows = [...operationsOf(openapi)].filter(({ operation }) => filter(operation));
  rows.sort((a, b) => (a.operation.operationId < b.operation.operationId ? -1 : 1));
  for (const { path, method, item, operation } of rows) {
    const id = operation.operationId;
    const T = typeBase(id);
    const op = `operations[${str(id)}]`;
    const params = parametersOf(openapi, item, operation);
    const keys = argumentKeys(path, params);
    const body = requestBodyOf(openapi, operation);
    const success = successOf(openapi, operation);
    const pagination = operation["x-pagination"];

    // Body, response, error and item types.
    if (body) out.push(`/** Request body of \`${id}\` (${body.type}). */\nexport type ${T}Body = NonNullable<${op}["requestBody"]>["content"][${str(body.type)}];\n`);
    const responseType = !success?.type
      ? "void"
      : success.parseAs === "blob"
        ? "Blob"
        : success.parseAs === "text"
          ? "string"
          : `${op}["responses"][${success.code}]["content"][${str(success.type)}]`;
    out.push(`/** Success body of \`${id}\`${success?.type ? ` (${success.code}, ${success.type})` : ""}. */\nexport type ${T}Response = ${responseType};\n`);
    const errorBodies = errorsOf(openapi, operation).map(({ code, type }) => `${op}["responses"][${str(code)}]["content"][${str(type)}]`);
    out.push(
      `/** The body of the error \`${id}\` throws for a documented non-2xx response: \`catch (e) { if (e instanceof ApiError) (e as ApiError<${T}ErrorBody>).body }\`. */\nexport type ${T}ErrorBody = ${errorBodies.length ? errorBodies.join(" | ") : "unknown"};\n`,
    );
    if (pagination) {
      const item = pagination.items
        ? `NonNullable<${T}Response[${str(pagination.items)}]> extends readonly (infer T)[] ? T : unknown`
        : `${T}Response extends readonly (infer T)[] ? T : unknown`;
      out.push(`/** An item of \`${id}\`'s pages. */\nexport type ${T}Item = ${item};\n`);
    }

    // Parameters: each by its spec name (see argumentKeys for clashes), then the body.
    const fields = [];
    let required = false;
    for (const k of keys) {
      const p = k.param ?? {};
      const isRequired = k.in === "path" || p.required === true;
      const schema = deref(openapi, p.schema) ?? {};
      const accessor =
        k.in === "path" ? `${op}["parameters"]["path"][${str(k.name)}]` : `NonNullable<${op}["parameters"][${str(k.in)}]>[${str(k.name)}]`;
      const doc = jsdoc(
        paragraphs([
          p.description ?? schema.description,
          k.key !== k.name ? `Sent as the ${k.in} parameter \`${k.name}\` (its name is taken by another location).` : undefined,
          defaults.includes(k.name) && k.in === "path" ? `Default: the client's \`${k.name}\` option.` : undefined,
          provenance(p, "parameter"),
        ]).concat(p.deprecated ? ["@deprecated"] : []),
        "  ",
      );
      fields.push(`${doc}  ${prop(k.key)}${isRequired ? "" : "?"}: ${accessor};\n`);
      if (isRequired) required = true;
    }
    if (body) {
      fields.push(`  /** The request body (${body.type}). */\n  body${body.required ? "" : "?"}: ${T}Body;\n`);
      if (body.required) required = true;
    }
    out.push(`/** Parameters of \`${id}\`: path, query and header parameters by their spec names, and \`body\`. */\nexport interface ${T}Params {\n${fields.join("")}}\n`);

    // The operation's row in the operations interface, with its docs: the runtime's OperationMethods turns it into the
    // method (required argument when a parameter or the body is required, a PagePromise when paginated).
    const doc = jsdoc(
      paragraphs([
        operation.summary,
        operation.description && operation.description.trim() !== operation.summary?.trim() ? operation.description.trim() : undefined,
        `\`${method.toUpperCase()} ${path}\`${pagination ? ": paginated (await it for the first page, `for await` for every item, `.pages()` page by page)" : ""}.`,
        provenance(operation, "endpoint"),
      ]).concat([
        docsPage ? `@see \`docs/site/${docsPage}#operation/${id}\` (the generated reference, \`pnpm docs:build\`)` : undefined,
        operation.deprecated ? "@deprecated" : undefined,
        `@throws an ApiError subclass with a {@link ${T}ErrorBody} body for a non-2xx response.`,
      ]),
      "  ",
    );
    members.push(`${doc}  ${id}: { params: ${T}Params; response: ${T}Response; errorBody: ${T}ErrorBody${pagination ? `; item: ${T}Item` : ""} };\n`);
    void required;
  }
  // Types only, and nothing from @partnerkit/runtime: this module (with the schema) is the bulk of the declarations,
  // and a self-contained chunk ships once for ESM and CommonJS (scripts/lib/dts-once.mjs).
  const header = `import type { operations } from "./schema.js";

`;
  const iface = `/**
 * The operations of ${vendorTitle}, by operationId: each one's parameters, success body, error body and page item.
 * The client's methods are \`OperationMethods<${interfaceName}>\` (@partnerkit/runtime): \`client.<operationId>(params, options)\`.
 */
export interface ${interfaceName} {
${members.join("")}}
`;
  return header + out.join("") + iface;
}
