// Helpers that make a contract test strict: any Prism validation finding fails the call, every
// successful call is attributed to its operationId, and a suite can prove it covered the spec.
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Middleware } from "openapi-fetch";
import { parse } from "yaml";

export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Prism's findings about a request or response, from its `sl-violations` header. */
export function violationsOf(response: Response): Violation[] {
  const header = response.headers.get("sl-violations");
  return header ? (JSON.parse(header) as Violation[]) : [];
}

export class ContractViolation extends Error {
  constructor(
    readonly operation: string,
    readonly violations: Violation[],
  ) {
    super(`${operation}: Prism reported ${violations.map((v) => `[${v.location.join(".")}] ${v.message}`).join("; ")}`);
    this.name = "ContractViolation";
  }
}

type OperationTable = Record<string, { method: string; path: string }>;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** operationId -> method and path of every operation in a spec: the spec, not the client, says what must be covered. */
export function operationsOf(specFile: string): OperationTable {
  const spec = parse(readFileSync(specFile, "utf8")) as { paths?: Record<string, Record<string, { operationId?: string }>> };
  const table: OperationTable = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const id = item[method]?.operationId;
      if (id) table[id] = { method, path };
    }
  }
  return table;
}

export interface ContractRecorder {
  /** Add to the client: `client.use(recorder.middleware)`. */
  middleware: Middleware;
  /** operationIds that received a 2xx answer without violations. */
  covered: Set<string>;
  /** Runs `call` with violations collected instead of thrown, for negative tests. */
  collectViolations<T>(call: () => Promise<T>): Promise<{ result: T; violations: Violation[] }>;
  /** Every operationId in the spec. */
  operationIds: string[];
  /** operationIds in the spec that no call covered, sorted. */
  missing(): string[];
}

/** A recorder for the operations of the spec at `specFile`. */
export function createContractRecorder(specFile: string): ContractRecorder {
  const operations = operationsOf(specFile);
  const byRoute = new Map(Object.entries(operations).map(([id, op]) => [`${op.method.toUpperCase()} ${op.path}`, id]));
  const covered = new Set<string>();
  let collecting: Violation[] | undefined;

  const middleware: Middleware = {
    onResponse({ request, response, schemaPath }) {
      const operation = byRoute.get(`${request.method} ${schemaPath}`) ?? `${request.method} ${schemaPath}`;
      const violations = violationsOf(response);
      if (collecting) {
        collecting.push(...violations);
        return undefined;
      }
      if (violations.length) throw new ContractViolation(operation, violations);
      if (response.ok && byRoute.has(`${request.method} ${schemaPath}`)) covered.add(operation);
      return undefined;
    },
  };

  return {
    middleware,
    covered,
    async collectViolations(call) {
      collecting = [];
      try {
        const result = await call();
        return { result, violations: collecting };
      } finally {
        collecting = undefined;
      }
    },
    operationIds: Object.keys(operations),
    missing: () => Object.keys(operations).filter((id) => !covered.has(id)).sort(),
  };
}

/**
 * Validates response bodies against the spec's own response schemas (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses), so a table-driven test can assert each operation's shape without restating it.
 */
export function createResponseValidator(specFile: string) {
  const spec = parse(readFileSync(specFile, "utf8")) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" });
  const cache = new Map<string, ValidateFunction>();
  const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

  /** A response object and the JSON pointer it lives at, following one `$ref` to components.responses. */
  function responseAt(method: string, path: string, status: number) {
    const paths = spec.paths as Record<string, Record<string, { responses?: Record<string, { $ref?: string; content?: Record<string, unknown> }> }>>;
    const responses = paths[path]?.[method.toLowerCase()]?.responses ?? {};
    const family = `${String(status)[0]}XX`;
    const key = String(status) in responses ? String(status) : family in responses ? family : "default";
    const response = responses[key];
    if (response?.$ref?.startsWith("#/components/responses/")) {
      const name = response.$ref.slice("#/components/responses/".length);
      const components = (spec.components as { responses?: Record<string, { content?: Record<string, unknown> }> }).responses;
      return { response: components?.[name], at: pointer("components", "responses", name) };
    }
    return { response, at: pointer("paths", path, method.toLowerCase(), "responses", key) };
  }

  return function validate(method: string, path: string, status: number, body: unknown): string[] {
    const { response, at } = responseAt(method, path, status);
    const content = response?.content;
    const mediaType = content && Object.keys(content).find((m) => m.includes("json"));
    if (!mediaType) return body === undefined ? [] : [`no JSON response schema for ${method} ${path} ${status}`];
    const ref = `spec#/${at}/${pointer("content", mediaType, "schema")}`;
    let check = cache.get(ref);
    if (!check) {
      check = ajv.getSchema(ref);
      if (!check) return [`cannot compile ${ref}`];
      cache.set(ref, check);
    }
    return check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
}
