// Structural checks that openapi-typescript and Prism either crash on or silently accept.
// Each returns the first problem as a SpecError with file and line; a spec that fails any of
// them never reaches code generation.
import { Ajv2020 } from "ajv/dist/2020.js";
import { resolveLocalRef } from "./refs.mjs";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function* walkRefs(node, path = []) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walkRefs(node[i], [...path, i]);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") yield { ref: value, path: [...path, key] };
      else if (!key.startsWith("x-") && key !== "example" && key !== "examples") yield* walkRefs(value, [...path, key]);
    }
  }
}

export function checkRefs(spec) {
  for (const { ref, path } of walkRefs(spec.value)) {
    if (!ref.startsWith("#/")) throw spec.errorAt(path, `external $ref "${ref}" is not supported: keep each spec in one file`);
    if (resolveLocalRef(spec.value, ref) === undefined) throw spec.errorAt(path, `dangling $ref "${ref}": nothing is defined there`);
  }
}

/**
 * A $ref whose target is itself only a $ref, and so on back to the start, names no schema at all;
 * resolvers either recurse until the stack overflows or throw without a location.
 */
export function checkRefCycles(spec) {
  for (const { ref, path } of walkRefs(spec.value)) {
    const seen = [ref];
    let target = resolveLocalRef(spec.value, ref);
    while (target && typeof target === "object" && typeof target.$ref === "string") {
      if (seen.includes(target.$ref)) {
        throw spec.errorAt(path, `$ref cycle: ${[...seen, target.$ref].join(" -> ")} never reaches a definition`);
      }
      seen.push(target.$ref);
      target = resolveLocalRef(spec.value, target.$ref);
    }
  }
}

export function* operationsOf(openapi) {
  for (const [path, item] of Object.entries(openapi.paths ?? {})) {
    for (const method of METHODS) {
      if (item?.[method]) yield { path, method, item, operation: item[method] };
    }
  }
}

// RFC 3986 unreserved characters, as Redocly's operation-operationId-url-safe rule: an operationId
// names a method in the generated docs, vendor data and contract tests, so it must survive a URL or a key.
const OPERATION_ID = /^[A-Za-z0-9._~-]+$/;

export function checkOperationIds(spec) {
  const seen = new Map();
  for (const { path, method, operation } of operationsOf(spec.value)) {
    const id = operation.operationId;
    if (typeof id !== "string" || id === "") throw spec.errorAt(["paths", path, method], `${method.toUpperCase()} ${path} has no operationId`);
    if (!OPERATION_ID.test(id)) {
      throw spec.errorAt(["paths", path, method, "operationId"], `operationId ${JSON.stringify(id)} may hold only letters, digits and . _ ~ -`);
    }
    const first = seen.get(id);
    if (first) {
      throw spec.errorAt(["paths", path, method, "operationId"], `duplicate operationId "${id}" (first used by ${first})`);
    }
    seen.set(id, `${method.toUpperCase()} ${path}`);
  }
}

/** Path keys: absolute, and no two that differ only in parameter names (a router cannot tell them apart). */
export function checkPaths(spec) {
  const templates = new Map();
  for (const path of Object.keys(spec.value.paths ?? {})) {
    if (!path.startsWith("/")) throw spec.errorAt(["paths", path], `path "${path}" must start with "/"`);
    const template = path.replace(/\{[^{}]*\}/g, "{}");
    const first = templates.get(template);
    if (first) throw spec.errorAt(["paths", path], `path "${path}" differs from "${first}" only in parameter names`);
    templates.set(template, path);
  }
}

// One validator of JSON Schema 2020-12 (the dialect of OpenAPI 3.1) for the meta-schema check below.
// strict: false because OpenAPI adds keywords of its own (example, discriminator, xml, externalDocs, x-*).
let metaValidator;

/** Every schema in the spec (components.schemas and each `schema` of a parameter, header or media type). */
function* schemaRoots(node, path = []) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* schemaRoots(node[i], [...path, i]);
    return;
  }
  if (!node || typeof node !== "object") return;
  const isSchemaMap = path.length === 2 && path[0] === "components" && path[1] === "schemas";
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-") || key === "example" || key === "examples") continue;
    if (isSchemaMap || key === "schema") yield { schema: value, path: [...path, key] };
    else yield* schemaRoots(value, [...path, key]);
  }
}

/** Each schema must be a valid JSON Schema 2020-12 document (e.g. `type: strng` is not). */
export function checkSchemas(spec) {
  metaValidator ??= new Ajv2020({ strict: false });
  for (const { schema, path } of schemaRoots(spec.value)) {
    if (metaValidator.validateSchema(schema)) continue;
    // The deepest error points at the offending keyword; anyOf/oneOf summaries sit above it.
    const error = [...metaValidator.errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    const keys = error.instancePath.split("/").slice(1).map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
    let found = schema;
    for (const k of keys) found = found?.[k];
    const allowed = error.params?.allowedValues ? ` (${error.params.allowedValues.join(", ")})` : "";
    throw spec.errorAt(
      [...path, ...keys],
      `invalid schema: ${keys.at(-1) ?? "schema"} ${error.message}${allowed}, found ${JSON.stringify(found)}`,
    );
  }
}

export function checkPathParameters(spec) {
  const root = spec.value;
  const deref = (p) => (p?.$ref ? resolveLocalRef(root, p.$ref) : p);
  for (const { path, method, item, operation } of operationsOf(root)) {
    const declared = new Set(
      [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map(deref)
        .filter((p) => p?.in === "path")
        .map((p) => p.name),
    );
    for (const [, name] of path.matchAll(/\{([^{}]+)\}/g)) {
      if (!declared.has(name)) {
        throw spec.errorAt(["paths", path], `${method.toUpperCase()} ${path}: path parameter "${name}" is not declared`);
      }
    }
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * operationIds name the client's methods (client.listCustomers) and the types generated per operation
 * (ListCustomersParams…): each must be an identifier, must not replace one of the client's own members (GET,
 * paginate, raw…), and no two may generate the same type name.
 */
export function checkOperationNames(spec, { clientMembers, typeSuffixes, typeBase }) {
  const types = new Map();
  for (const { path, method, operation } of operationsOf(spec.value)) {
    const id = operation.operationId;
    const at = ["paths", path, method, "operationId"];
    if (!IDENTIFIER.test(id)) throw spec.errorAt(at, `operationId "${id}" names a client method and must be a JavaScript identifier`);
    if (clientMembers.includes(id)) throw spec.errorAt(at, `operationId "${id}" collides with the client's own member ${id}: rename the operation`);
    const base = typeBase(id);
    for (const suffix of typeSuffixes) {
      const first = types.get(base + suffix);
      if (first && first !== id) throw spec.errorAt(at, `operationId "${id}" generates the type ${base + suffix}, as "${first}" does`);
      types.set(base + suffix, id);
    }
  }
}

export function checkSpec(spec) {
  if (typeof spec.value.openapi !== "string" || !spec.value.openapi.startsWith("3.1")) {
    throw spec.errorAt(["openapi"], `expected "openapi: 3.1.x", found ${JSON.stringify(spec.value.openapi)}`);
  }
  checkRefs(spec);
  checkRefCycles(spec);
  checkPaths(spec);
  checkSchemas(spec);
  checkOperationIds(spec);
  checkPathParameters(spec);
}
