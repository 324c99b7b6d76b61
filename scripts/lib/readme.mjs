// The vendor package's README: generated reference (install, quickstart, options, auth, pagination, errors, every
// operation) around the hand-written prose in specs/<vendor>/guide.md.
//
// Every ```ts block written here is a complete program (imports included) that compiles against the built package;
// scripts/test/readme-blocks.test.mjs type-checks them all and runs the quickstart against a mock of the spec. The
// quickstart reads its base URL and token from `<VENDOR>_BASE_URL` and `<VENDOR>_TOKEN` (see envPrefix), which is how
// that test points it at the mock without editing the block.
import { operationsOf } from "./check-spec.mjs";
import { resolveLocalRef } from "./refs.mjs";

const originOf = (url) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

const cell = (text) => String(text ?? "").replace(/\s+/g, " ").replaceAll("|", "\\|").trim();
const pascal = (s) => s.replace(/(^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, __, c) => c.toUpperCase());

/** TDSYNNEX_ION for tdsynnex-ion: the prefix of the environment variables the examples read. */
export const envPrefix = (name) => name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");

/** A default base URL on a reserved, never-resolving name (RFC 6761 `.invalid`) means "you must pass baseUrl". */
const hasUsableDefault = (definition) => !definition.requiresBaseUrl && !!definition.defaultBaseUrl && !/\.invalid(?=[:/]|$)/.test(originOf(definition.defaultBaseUrl) ?? ".invalid");

/**
 * The client and per-request options, as documented in every vendor README. One list, so each README says the same;
 * the doc test checks it against the built runtime (every key of ClientOptionsBase and RequestExtras is listed, the
 * defaults are the runtime's DEFAULT_RETRY and DEFAULT_TIMEOUT).
 */
export const CLIENT_OPTIONS = [
  ["baseUrl", null, "The API's base URL. Its origin is the only one, with the token endpoint's, that ever receives credentials."],
  ["auth", "none", "A bearer token `{ token }`, an async function returning one, OAuth credentials (see Authentication), or any `{ authorize(ctx) }` strategy."],
  ["tokenUrl", null, "The OAuth token endpoint."],
  ["headers", "none", "Headers sent on every request. `Authorization`, `Cookie` and credential headers only ever go to the API origin."],
  [
    "retry",
    "`{ maxRetries: 2, initialDelay: 500, maxDelay: 8000, maxRetryDelay: 60000, retryNonIdempotent: false }`",
    "Retries of 408, 429, 5xx, connection errors and timeouts, with exponential backoff and `Retry-After`. Add `deadline` (ms) for an overall budget; `retryNonIdempotent: true` also retries POST and PATCH.",
  ],
  ["timeout", "`60000`", "Per attempt, in ms, including reading the body. Exceeding it throws `TimeoutError`."],
  ["throwOnError", "`false`", "`true`: calls resolve to `{ data }` and throw typed errors (see Errors) instead of returning `{ error }`; the types follow."],
  ["logger", "none", "`(level, message, event) => void`, or an object with `debug`/`info`/`warn`/`error` methods such as `console`. Events carry method, URL, status, timing and redacted headers; never bodies or secrets."],
  ["fetch", "`globalThis.fetch`", "The fetch the client uses underneath (a proxy-aware fetch, a test double)."],
  ["querySerializer", "openapi-fetch's", "How query parameters are encoded (openapi-fetch's option, passed through)."],
  ["bodySerializer", "openapi-fetch's", "How request bodies are encoded (openapi-fetch's option, passed through)."],
];

export const REQUEST_OPTIONS = [
  ["params", "The operation's `path`, `query` and `header` parameters, typed from the spec."],
  ["body", "The request body, typed from the spec."],
  ["headers", "Extra headers for this call, over the client's."],
  ["signal", "An `AbortSignal`. Aborting rejects the call with your abort reason, unchanged, and stops retries."],
  ["timeout", "Per-attempt timeout in ms for this call, instead of the client's."],
  ["retry", "Retry options for this call, over the client's: `{ maxRetries: 0 }` turns retries off."],
  ["parseAs", '`"json"` (default), `"text"`, `"blob"`, `"arrayBuffer"` or `"stream"` (openapi-fetch).'],
  ["querySerializer", "Query encoding for this call."],
  ["bodySerializer", "Body encoding for this call."],
  ["middleware", "openapi-fetch middleware for this call only (runs once per call, above retries)."],
];

const deref = (openapi, node) => (node?.$ref ? resolveLocalRef(openapi, node.$ref) : node);

function parametersOf(openapi, { item, operation }) {
  return [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(openapi, p)).filter(Boolean);
}

/** A value for a parameter in an example: the spec's own example if it has one, else a plain one of the right type. */
function exampleValue(openapi, parameter) {
  const schema = deref(openapi, parameter.schema) ?? {};
  const fromSpec =
    parameter.example ??
    Object.values(parameter.examples ?? {}).map((e) => deref(openapi, e)?.value)[0] ??
    schema.example ??
    schema.examples?.[0] ??
    schema.default ??
    schema.enum?.[0];
  if (fromSpec !== undefined) return fromSpec;
  const type = [].concat(schema.type ?? "string").find((t) => t !== "null");
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (schema.format === "date") return "2025-01-01";
  if (schema.format === "date-time") return "2025-01-01T00:00:00Z";
  return `${parameter.name}-1`;
}

const literal = (value) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/**
 * `client.<operationId>(…)`'s argument: required path and query parameters by name (path parameters with a client-level
 * default left out), or "" when nothing is required.
 */
function argsLiteral(openapi, op, definition) {
  const defaults = definition.pathDefaults ?? [];
  const fields = parametersOf(openapi, op)
    .filter((p) => (p.in === "path" && !defaults.includes(p.name)) || (p.in === "query" && p.required))
    .map((p) => `${/^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : JSON.stringify(p.name)}: ${literal(exampleValue(openapi, p))}`);
  return fields.length ? `{ ${fields.join(", ")} }` : "";
}

/** The example value of each client-level path default (x-partnerkit.pathDefaults), from the spec's parameters. */
function defaultValues(openapi, definition) {
  return (definition.pathDefaults ?? []).map((name) => {
    const parameter = [...operationsOf(openapi)].flatMap((o) => parametersOf(openapi, o)).find((p) => p.in === "path" && p.name === name);
    return [name, parameter ? exampleValue(openapi, parameter) : `${name}-1`];
  });
}

const requiredQuery = (openapi, op) => parametersOf(openapi, op).some((p) => p.in === "query" && p.required);
const requiredHeader = (openapi, op) => parametersOf(openapi, op).some((p) => p.in === "header" && p.required);

/** Whether the operation's success response has a non-empty example (what a mock answers, what a reader can picture). */
function hasExample(openapi, { operation }) {
  const [, success] = Object.entries(operation.responses ?? {}).find(([code]) => /^2/.test(code)) ?? [];
  const content = deref(openapi, success)?.content ?? {};
  return Object.values(content).some((media) => {
    const example = media.example ?? Object.values(media.examples ?? {}).map((e) => deref(openapi, e)?.value)[0];
    return example !== undefined && JSON.stringify(example).length > 2;
  });
}

/**
 * The quickstart call: a GET needing no query or header parameters (they would not fit a one-line example), one with
 * an example answer first, then the simplest path. Stable: ties keep the spec's order.
 */
function quickstartOperation(openapi) {
  return [...operationsOf(openapi)]
    .filter((o) => o.method === "get" && !requiredQuery(openapi, o) && !requiredHeader(openapi, o))
    .map((o) => ({ o, rank: (hasExample(openapi, o) ? 0 : 100) + o.path.split("{").length }))
    .sort((a, b) => a.rank - b.rank)[0]?.o;
}

/** The entry point and factory a user imports for `op`: the service's own entry point when the package is split. */
function entryFor(name, tags, op) {
  const tag = tags.length ? op?.operation.tags?.find((t) => tags.includes(t)) : undefined;
  return tag
    ? { module: `@partnerkit/${name}/${tag}`, factory: `create${pascal(name)}${pascal(tag)}Client` }
    : { module: `@partnerkit/${name}`, factory: `create${pascal(name)}Client` };
}

/** `baseUrl` and `auth` lines of an example client, read from the environment. */
function clientLines(name, definition, { comment = true, openapi } = {}) {
  const env = envPrefix(name);
  const baseUrl = hasUsableDefault(definition)
    ? `  baseUrl: process.env.${env}_BASE_URL,${comment ? ` // unset: ${definition.defaultBaseUrl}` : ""}`
    : `  baseUrl: process.env.${env}_BASE_URL!,${comment ? " // required: this API has no public default host" : ""}`;
  const defaults = openapi
    ? defaultValues(openapi, definition).map(([d, value]) => `  ${d}: ${literal(value)},${comment ? " // used by every call that takes it; a call may pass its own" : ""}`)
    : [];
  return [baseUrl, `  auth: { token: process.env.${env}_TOKEN! },`, ...defaults];
}

function quickstartSection(name, openapi, definition, tags) {
  const op = quickstartOperation(openapi);
  const { module, factory } = entryFor(name, tags, op);
  return [
    "```ts",
    `import { ${factory} } from "${module}";`,
    "",
    `const client = ${factory}({`,
    ...clientLines(name, definition, { openapi }),
    "});",
    "",
    ...(op
      ? [
          `// ${op.method.toUpperCase()} ${op.path}: resolves to the typed body, throws a typed error (e.g. NotFoundError) otherwise.`,
          `const data = await client.${op.operation.operationId}(${argsLiteral(openapi, op, definition)});`,
          "console.log(data);",
        ]
      : []),
    "```",
  ].join("\n");
}

function optionsSection(name, openapi, definition, tags) {
  const rows = [];
  for (const [option, fallback, text] of CLIENT_OPTIONS) {
    if (option === "tokenUrl" && !definition.auth) continue;
    let value = fallback;
    let description = text;
    if (option === "baseUrl") {
      value = hasUsableDefault(definition) ? `\`${definition.defaultBaseUrl}\`` : "none: **required**";
    } else if (option === "tokenUrl") {
      const follows = originOf(definition.auth.tokenUrl) === originOf(definition.defaultBaseUrl);
      value = follows && !hasUsableDefault(definition) ? `\`<baseUrl>${new URL(definition.auth.tokenUrl).pathname}\`` : `\`${definition.auth.tokenUrl}\``;
      if (follows && hasUsableDefault(definition)) description += " By default the same path on your `baseUrl`'s origin, so a sandbox or mock gets its own.";
    }
    rows.push(`| \`${option}\` | ${value} | ${cell(description)} |`);
  }
  for (const [option, spec] of Object.entries(definition.headers ?? {})) {
    const what = spec.credential
      ? "treated as a credential: only ever sent to the API origin, and redacted from errors and logs"
      : "sent on every request";
    const value = spec.pattern ? `A string matching \`${spec.pattern}\`, checked when the client is created.` : "A string.";
    rows.push(`| \`${option}\` | none | Sent as \`${spec.header}\` (${what}). ${cell(value)} |`);
  }
  const requestRows = REQUEST_OPTIONS.map(([option, text]) => `| \`${option}\` | ${cell(text)} |`);
  if (definition.idempotencyKeyHeader) {
    requestRows.push(
      `| \`headers: { "${definition.idempotencyKeyHeader}": key }\` | Your own idempotency key. Without one, the client sets a random key, the same for every attempt, when it may retry a POST or PATCH. |`,
    );
  }
  for (const [option, value] of defaultValues(openapi, definition)) {
    rows.push(`| \`${option}\` | none | A default for the \`${option}\` path parameter of every operation method that has one (e.g. \`${cell(value)}\`); a call may pass its own. |`);
  }
  const op = quickstartOperation(openapi);
  const { module, factory } = entryFor(name, tags, op);
  const example = [
    "```ts",
    `import { ${factory} } from "${module}";`,
    "",
    `const client = ${factory}({`,
    ...clientLines(name, definition, { comment: false, openapi }),
    "  timeout: 10_000,",
    "  retry: { maxRetries: 4, deadline: 30_000 },",
    '  headers: { "User-Agent": "my-integration/1.0" },',
    "  logger: (level, message, event) => {",
    '    if (level !== "debug") console.error(level, message, event.status ?? "");',
    "  },",
    "});",
    ...(op
      ? [
          "",
          "// Per request (the second argument): a shorter timeout, no retries, a caller's signal and an extra header.",
          `const { data, response, requestId } = await client`,
          `  .${op.operation.operationId}(${argsLiteral(openapi, op, definition) || "{}"}, {`,
          "    timeout: 2_000,",
          "    retry: { maxRetries: 0 },",
          "    signal: AbortSignal.timeout(5_000),",
          '    headers: { "X-Correlation-Id": "order-4711" },',
          "  })",
          "  .withResponse();",
          "console.log(response.status, requestId, data);",
        ]
      : []),
    "```",
  ].join("\n");
  return [
    "Client options, for example `" + `${factory}({ auth, timeout: 10_000 })` + "`:",
    "",
    "| option | default | |",
    "|---|---|---|",
    ...rows,
    "",
    "Per request: the second argument of an operation method takes `headers`, `signal`, `timeout` and `retry`, for example",
    "`client.<operationId>(params, { timeout: 2_000, retry: { maxRetries: 0 } })`; a path-style call takes them all next to",
    "`params` and `body`, for example `client.GET(path, { params, timeout: 2_000 })`:",
    "",
    "| option | |",
    "|---|---|",
    ...requestRows,
    "",
    example,
    "",
    "Auth, retries, timeouts, redirects, redaction and pagination are explained in depth in the runtime's README:",
    "[`@partnerkit/runtime`](../runtime/README.md) (on npm: <https://www.npmjs.com/package/@partnerkit/runtime>).",
  ].join("\n");
}

function authSection(name, openapi, definition, tags) {
  const { module, factory } = entryFor(name, tags, quickstartOperation(openapi));
  const env = envPrefix(name);
  // Without a usable default host, every client needs its baseUrl (the types require it too).
  const base = hasUsableDefault(definition) ? [] : [`  baseUrl: process.env.${env}_BASE_URL!,`];
  const tokenBlock = [
    "```ts",
    'import { readFile } from "node:fs/promises";',
    `import { ${factory} } from "${module}";`,
    "",
    "// A token you manage:",
    ...(base.length
      ? [`const withToken = ${factory}({`, ...base, `  auth: { token: process.env.${env}_TOKEN! },`, "});"]
      : [`const withToken = ${factory}({ auth: { token: process.env.${env}_TOKEN! } });`]),
    "",
    "// Or a function the client calls before every request (cache inside it); after a 401 it is called again",
    "// with forceRefresh: true and the request is retried once. Here: a token file that another process rotates.",
    `const withTokenFile = ${factory}({`,
    ...base,
    `  auth: async () => (await readFile("/run/secrets/${name}-token", "utf8")).trim(),`,
    "});",
  ];
  if (!definition.auth) {
    return [
      "This API declares no token endpoint the client could call, so you bring the bearer token:",
      "",
      ...tokenBlock,
      "```",
      "",
      "The token is only ever sent to the API origin, and never appears in errors or logs.",
    ].join("\n");
  }
  const { grants, tokenUrl, bodyEncoding, clientAuthentication = "body" } = definition.auth;
  const grantText = grants.map((g) => `\`${g}\``).join(" and ");
  const follows = originOf(tokenUrl) === originOf(definition.defaultBaseUrl);
  const sendsClient = clientAuthentication !== "none";
  const refresh = grants.includes("refresh_token");
  const credentials = grants.includes("client_credentials");
  const lines = [
    ...(sendsClient ? [`    clientId: process.env.${env}_CLIENT_ID!,`, `    clientSecret: process.env.${env}_CLIENT_SECRET!,`] : []),
    // With client_credentials the refresh token is optional (the server's is kept); without it, it is how you start.
    ...(refresh && !credentials ? [`    refreshToken: (await readFile("${name}-refresh-token.txt", "utf8")).trim(),`] : []),
    ...(refresh ? [`    onRefreshToken: (token) => writeFile("${name}-refresh-token.txt", token), // persist each rotated one`] : []),
  ];
  return [
    `The token endpoint is ${follows && !hasUsableDefault(definition) ? `\`<baseUrl>${new URL(tokenUrl).pathname}\` (on the API's own host)` : `\`${tokenUrl}\`${follows ? " (on the API's origin, so it follows a `baseUrl` you set)" : ""}`}: grants ${grantText}, ${bodyEncoding === "json" ? "JSON" : "form-encoded"} body${clientAuthentication === "none" ? ", no client id or secret" : clientAuthentication === "basic" ? ", client id and secret as HTTP Basic" : ", client id and secret in the body"}.`,
    `Give the client ${sendsClient ? (refresh && !credentials ? "its client id, secret and a refresh token" : "its client id and secret") : "a refresh token"}, and it obtains, caches and refreshes tokens itself (one token request however`,
    "many calls are waiting; a 401 triggers one refresh and one retry). Or pass a token you manage, or an async function",
    "returning one:",
    "",
    tokenBlock[0],
    refresh ? 'import { readFile, writeFile } from "node:fs/promises";' : tokenBlock[1],
    ...tokenBlock.slice(2),
    "",
    "// Or credentials for the token endpoint:",
    `const withCredentials = ${factory}({`,
    ...base,
    "  auth: {",
    ...lines,
    "  },",
    "});",
    "```",
    "",
    "Credentials are only ever sent to the configured API origin and the token URL, and never appear in errors or logs.",
  ].join("\n");
}

function paginationSection(name, openapi, definition, tags) {
  const paginated = Object.entries(definition.operations).filter(([, op]) => op.pagination);
  if (!paginated.length) return "No operation of this API is paginated.";
  const rows = paginated.map(([id, op]) => `| \`${id}\` | \`${op.method.toUpperCase()} ${op.path}\` | ${op.pagination.style}${op.pagination.mode ? ` (${op.pagination.mode})` : ""} |`);
  // The example: a paginated GET (paginate by path is typed for GETs) with the fewest required parameters.
  const candidates = [...operationsOf(openapi)]
    .filter((o) => o.method === "get" && o.operation["x-pagination"] && !requiredHeader(openapi, o))
    .map((o) => ({ o, weight: parametersOf(openapi, o).filter((p) => p.required).length }))
    .sort((a, b) => a.weight - b.weight);
  const example = candidates[0]?.o;
  const block = [];
  if (example) {
    const { module, factory } = entryFor(name, tags, example);
    const id = example.operation.operationId;
    const args = argsLiteral(openapi, example, definition);
    block.push(
      "```ts",
      `import { ${factory} } from "${module}";`,
      "",
      `const client = ${factory}({`,
      ...clientLines(name, definition, { comment: false, openapi }),
      "});",
      "",
      `// Awaited: the first page's body.`,
      `const first = await client.${id}(${args});`,
      "console.log(first);",
      "",
      `// Iterated: every item of every page; .paginate({ limit }) stops after 500 items, however many pages that takes.`,
      `for await (const item of client.${id}(${args}).paginate({ limit: 500 })) {`,
      "  console.log(item);",
      "}",
      "",
      "// Whole pages, with the response of each:",
      `for await (const page of client.${id}(${args}).pages()) {`,
      "  console.log(`page ${page.position ?? 1}: ${page.items.length} items`);",
      "}",
      "```",
      "",
    );
  }
  return [
    "A paginated operation's method is awaitable (the first page) and an async iterator over the items of every page",
    "(`.pages()` over whole pages, `.paginate({ limit, maxPages, from })` for a bounded or resumed walk); the path-style",
    "`client.paginate(pathOrOperationId, init, { limit })` does the same. It stops on an empty page, refuses to loop on a",
    "repeated cursor, and never follows a next link to another origin.",
    "",
    ...block,
    "| operationId | operation | style |",
    "|---|---|---|",
    ...rows,
  ].join("\n");
}

export function renderReadme({ name, openapi, definition, guide, tags }) {
  const rows = [...operationsOf(openapi)]
    .sort((a, b) => (a.operation.operationId < b.operation.operationId ? -1 : 1))
    .map(({ path, method, operation }) => `| \`${operation.operationId}\` | ${method.toUpperCase()} | \`${path}\` | ${cell(operation.summary)} |`);
  const env = envPrefix(name);
  return `<!-- Generated by scripts/generate.mjs from specs/${name}/openapi.yaml and specs/${name}/guide.md. Do not edit. -->
# @partnerkit/${name}

Typed client for **${openapi.info.title}** (spec version ${openapi.info.version}), generated from a hand-normalised
OpenAPI 3.1 spec and tested against a mock of it. Built on [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) and
[\`@partnerkit/runtime\`](../runtime/README.md): exact types, auth that refreshes itself, retries, timeouts, typed errors,
pagination.

\`\`\`sh
npm install @partnerkit/${name}
\`\`\`

Requires Node.js 20.19 or later. ESM and CommonJS.

## Quickstart

${quickstartSection(name, openapi, definition, tags)}

Set \`${env}_TOKEN\`${hasUsableDefault(definition) ? ` (and \`${env}_BASE_URL\` for a sandbox or a mock; the default is \`${definition.defaultBaseUrl}\`)` : ` and \`${env}_BASE_URL\` (this API publishes no default host)`}, then
run it as an ES module, e.g. \`quickstart.mts\` with \`npx tsx\`, or compiled by \`tsc\`. In the partnerkit repository,
\`pnpm mock ${name}\` serves a mock of the API to point \`${env}_BASE_URL\` at.${tags.length ? `

Each service has its own entry point, so you only load the types and code of the services you call:
${tags.map((t) => `\`@partnerkit/${name}/${t}\``).join(", ")}. The package root, \`@partnerkit/${name}\`, has them all.` : ""}

## Options

${optionsSection(name, openapi, definition, tags)}

## Authentication

${authSection(name, openapi, definition, tags)}

## Errors

Operation methods resolve to the typed success body and throw typed errors; \`.withResponse()\` gives
\`{ data, response, requestId }\`, and each operation's documented error bodies are exported as a named type (e.g.
\`ListCustomersErrorBody\`, for \`(error as ApiError<ListCustomersErrorBody>).body\`). The path-style \`client.GET(path, init)\` resolves to
\`{ data, error, response, requestId }\` as in openapi-fetch; with \`throwOnError: true\` it resolves to the data and throws
the same typed errors: \`BadRequestError\`, \`UnauthorizedError\`,
\`ForbiddenError\`, \`NotFoundError\`, \`ConflictError\`, \`RateLimitError\`, \`ServerError\`, \`ConnectionError\`,
\`TimeoutError\` (all \`instanceof ApiError\` / \`PartnerkitError\`), each with \`status\`, \`method\`, \`url\`, \`requestId\` and the
parsed body. Idempotent requests are retried on 408, 429, 5xx and connection errors with backoff, honouring \`Retry-After\`;
a missing path parameter throws before anything is sent.

## Pagination

${paginationSection(name, openapi, definition, tags)}
${guide ? `\n${guide.trim()}\n` : ""}
## Operations

One method per operation, named by its operationId (\`client.<operationId>(params, options)\`), with its parameters,
body, response and error body exported as named types (\`<OperationId>Params\`, \`…Body\`, \`…Response\`, \`…ErrorBody\`,
and \`…Item\` for paginated ones).

| method | HTTP | path | summary |
|---|---|---|---|
${rows.join("\n")}
`;
}
