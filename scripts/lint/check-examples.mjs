#!/usr/bin/env node
// node scripts/lint/check-examples.mjs <spec.yaml>...
// Every example in an OpenAPI 3.1 spec must validate against its schema with Ajv (JSON Schema 2020-12, the
// dialect of OpenAPI 3.1, plus ajv-formats): schema `examples`/`example` (at any depth), and the `example` /
// `examples` of media types, parameters and headers. Prism serves these examples as mock responses, and the
// README and docs show them, so an invalid one misleads both. Prints file:line:col per problem; exit 1 if any.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec, SpecError } from "../lib/spec-file.mjs";
import { resolveLocalRef } from "../lib/refs.mjs";

const addFormats = addFormatsModule.default ?? addFormatsModule;

// Keywords whose value is a schema, a list of schemas or a map of schemas (JSON Schema 2020-12).
const ONE = ["additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "dependentSchemas", "$defs"];
const OPERATIONS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

const pointer = (path) => `#/${path.map((k) => String(k).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

function validatorFor(spec) {
  // strictSchema: false because OpenAPI adds keywords of its own (example, discriminator, xml, x-*).
  const ajv = new Ajv2020({ strictSchema: false, allErrors: false });
  addFormats(ajv);
  // OpenAPI's format registry: numeric widths, and string formats that describe an encoding, not a syntax.
  ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  for (const name of ["float", "double"]) ajv.addFormat(name, { type: "number", validate: () => true });
  for (const name of ["binary", "password"]) ajv.addFormat(name, () => true);
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  // The whole document under one id, so each schema compiles in place and its local $refs resolve.
  ajv.addSchema(spec.value, "spec");
  const compiled = new Map();
  return (schemaPath) => {
    const ref = `spec${pointer(schemaPath)}`;
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: ref }));
    return compiled.get(ref);
  };
}

/** Every (example value, its path, the path of the schema it must match) in the spec. */
function* examplesOf(doc) {
  function* schemaExamples(schema, path, seen = new Set()) {
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    if (Array.isArray(schema.examples)) for (let i = 0; i < schema.examples.length; i++) yield { value: schema.examples[i], at: [...path, "examples", i], schema: path };
    if ("example" in schema) yield { value: schema.example, at: [...path, "example"], schema: path };
    for (const k of ONE) if (k in schema) yield* schemaExamples(schema[k], [...path, k], seen);
    for (const k of LIST) if (Array.isArray(schema[k])) for (let i = 0; i < schema[k].length; i++) yield* schemaExamples(schema[k][i], [...path, k, i], seen);
    for (const k of MAP) for (const [name, sub] of Object.entries(schema[k] ?? {})) yield* schemaExamples(sub, [...path, k, name], seen);
  }
  // A parameter, header or media type: its own example(s) against its schema, then the schema's.
  function* holder(node, path) {
    if (!node || typeof node !== "object" || node.$ref) return;
    if (node.schema) {
      if ("example" in node) yield { value: node.example, at: [...path, "example"], schema: [...path, "schema"] };
      for (const [name, ex] of Object.entries(node.examples ?? {})) {
        const example = ex?.$ref ? resolveLocalRef(doc, ex.$ref) : ex;
        if (example && "value" in example) yield { value: example.value, at: [...path, "examples", name, "value"], schema: [...path, "schema"] };
      }
      if (!node.schema.$ref) yield* schemaExamples(node.schema, [...path, "schema"]);
    }
    for (const [media, m] of Object.entries(node.content ?? {})) yield* holder(m, [...path, "content", media]);
    for (const [name, h] of Object.entries(node.headers ?? {})) yield* holder(h, [...path, "headers", name]);
  }
  function* operationParts(op, path) {
    for (let i = 0; i < (op.parameters ?? []).length; i++) yield* holder(op.parameters[i], [...path, "parameters", i]);
    if (op.requestBody) yield* holder(op.requestBody, [...path, "requestBody"]);
    for (const [code, r] of Object.entries(op.responses ?? {})) yield* holder(r, [...path, "responses", code]);
  }
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    yield* operationParts(item, ["paths", p]); // path-level parameters
    for (const m of OPERATIONS) if (item[m]) yield* operationParts(item[m], ["paths", p, m]);
  }
  const c = doc.components ?? {};
  for (const [name, s] of Object.entries(c.schemas ?? {})) yield* schemaExamples(s, ["components", "schemas", name]);
  for (const kind of ["parameters", "headers", "requestBodies", "responses"]) {
    for (const [name, node] of Object.entries(c[kind] ?? {})) yield* holder(node, ["components", kind, name]);
  }
}

/** Problems (SpecErrors with file:line) for every example in the spec that does not match its schema. */
export function checkExamples(spec) {
  const validate = validatorFor(spec);
  const problems = [];
  let count = 0;
  for (const { value, at, schema } of examplesOf(spec.value)) {
    count++;
    const check = validate(schema);
    if (check(value)) continue;
    const [e] = check.errors;
    const where = e.instancePath ? `example${e.instancePath.replaceAll("/", ".")}` : "example";
    problems.push(spec.errorAt(at, `${where} ${e.message} (schema ${pointer(schema)})`));
  }
  return { count, problems };
}

async function main(files) {
  if (!files.length) {
    console.error("usage: check-examples.mjs <spec.yaml>...");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let spec;
    try {
      spec = await loadSpec(resolve(file));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      console.error(error.message);
      failed++;
      continue;
    }
    const { count, problems } = checkExamples(spec);
    for (const p of problems) console.error(p.message);
    failed += problems.length;
    console.log(`${file}: ${count} examples, ${problems.length} invalid`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
