// Doc tests: every ```ts block of every README (the root one and packages/*/README.md, the generated vendor READMEs
// included) type-checks AS WRITTEN against the BUILT packages, resolved the way a user's project resolves them (each
// package's dist through its package.json `exports`), in strict mode. Each vendor's quickstart also runs with node
// against a Prism mock of its spec, and so does every other block of a vendor README that can be pointed at the mock
// (the options and pagination examples, most guide examples); the pagination examples must walk more than one page.
//
// How a block is pointed at the mock, mechanically and without editing it: the examples read their base URL and token
// from the environment (`process.env.<VENDOR>_BASE_URL`, `process.env.<VENDOR>_TOKEN`, see scripts/lib/readme.mjs).
// The test sets every `process.env.*_BASE_URL` a block reads to the mock's URL and every other variable it reads (a
// token, a client id or secret) to a dummy value. A block that reads no base URL is only compiled; the quickstart must
// be runnable and needs nothing but a base URL and a token.
//
// A block that is deliberately not compilable is fenced as ```ts no-check; the test reports how many it skipped.
// Needs `pnpm build` first (turbo runs the packages' builds before this package's tests).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrismMock } from "@partnerkit/testkit/prism";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const scriptsDir = resolve(import.meta.dirname, "..");
const { vendors } = JSON.parse(readFileSync(join(root, "partnerkit.config.json"), "utf8"));

const CHECKED = new Set(["ts", "typescript", "mts", "tsx"]);

/** Fenced blocks of a markdown file: language, the rest of the info string, first content line (1-based), text. */
function fencedBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) body.push(lines[j++].slice(indent.length));
    blocks.push({ lang: lang.toLowerCase(), info: rest.trim(), line: i + 2, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

const readmes = [
  "README.md",
  ...readdirSync(join(root, "packages"))
    .map((dir) => join("packages", dir, "README.md"))
    .filter((file) => existsSync(join(root, file))),
];

const blocks = readmes.flatMap((readme) =>
  fencedBlocks(readFileSync(join(root, readme), "utf8")).map((block, index) => ({ ...block, readme, index })),
);
const checked = blocks.filter((b) => CHECKED.has(b.lang) && !/\bno-check\b/.test(b.info));
const skipped = blocks.filter((b) => CHECKED.has(b.lang) && /\bno-check\b/.test(b.info));
// An unlabelled fence holding client code would escape the check; it must say what it is.
const unlabelledCode = blocks.filter((b) => b.lang === "" && /from\s+["']@partnerkit\//.test(b.code));

const slug = (b) => `${b.readme.replace(/[^a-z0-9]+/gi, "-").replace(/-README-md$|README-md$/, "") || "root"}-${b.index}`.replace(/^-/, "");

/** The quickstart of a vendor README: the first ts block under "## Quickstart". */
function quickstartOf(vendor) {
  const text = readFileSync(join(root, "packages", vendor, "README.md"), "utf8");
  const start = text.indexOf("\n## Quickstart\n");
  if (start < 0) return undefined;
  const firstLine = text.slice(0, start).split("\n").length + 1;
  return blocks.find((b) => b.readme === join("packages", vendor, "README.md") && b.line > firstLine && CHECKED.has(b.lang));
}

let dir;
let program;
const fileOf = new Map(); // block -> its .ts file

beforeAll(() => {
  // Below the scripts package (in its node_modules/.cache, which git ignores), so `@partnerkit/*` resolves through
  // scripts/node_modules to each package's package.json exports and dist, as in a user's project; type: module makes
  // every block an ES module (top-level await).
  mkdirSync(join(scriptsDir, "node_modules", ".cache"), { recursive: true });
  dir = mkdtempSync(join(scriptsDir, "node_modules", ".cache", "readme-blocks-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const block of checked) {
    const file = join(dir, `${slug(block)}.ts`);
    writeFileSync(file, block.code);
    fileOf.set(block, file);
  }
  // Every file the packages' exports point at must be there, or every block would fail for the wrong reason.
  for (const name of ["runtime", ...vendors]) {
    const { exports } = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
    const targets = JSON.stringify(exports).match(/"\.\/dist\/[^"]+"/g) ?? [];
    const missing = targets.map((t) => t.slice(3, -1)).filter((file) => !existsSync(join(root, "packages", name, file)));
    if (missing.length) throw new Error(`packages/${name}: ${missing.join(", ")} missing; run \`pnpm build\` before the doc tests`);
  }
  // What the options tables must cover: the keys of the built runtime's option types.
  writeFileSync(
    join(dir, "options-probe.ts"),
    'import type { ClientOptionsBase, RequestExtras } from "@partnerkit/runtime";\n' +
      "export type ClientKeys = keyof ClientOptionsBase;\nexport type RequestKeys = keyof RequestExtras;\n",
  );
  program = ts.createProgram([...fileOf.values(), join(dir, "options-probe.ts")], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
    // As `tsc --init` does: users do not type-check their dependencies' declarations.
    skipLibCheck: true,
    outDir: join(dir, "out"),
    noEmitOnError: true,
  });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function diagnosticsOf(block) {
  const source = program.getSourceFile(fileOf.get(block));
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${block.readme}:${block.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("README code blocks", () => {
  it("finds the blocks and reports what it skips", () => {
    console.log(
      `readme-blocks: ${checked.length} ts blocks checked in ${readmes.length} READMEs, ${skipped.length} skipped (no-check)` +
        skipped.map((b) => `\n  skipped ${b.readme}:${b.line}`).join(""),
    );
    expect(checked.length).toBeGreaterThan(vendors.length);
    expect(unlabelledCode.map((b) => `${b.readme}:${b.line}`)).toEqual([]);
  });

  it.each(readmes)("every ts block of %s compiles as written", (readme) => {
    const errors = checked.filter((b) => b.readme === readme).flatMap(diagnosticsOf);
    expect(errors).toEqual([]);
  }, 300_000); // type-checking against the Afosto types takes tens of seconds on a busy machine
});

/** The string literal members of an exported type alias of the options probe. */
function probeKeys(name) {
  const source = program.getSourceFile(join(dir, "options-probe.ts"));
  expect([...program.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const alias = source.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === name);
  const type = program.getTypeChecker().getTypeAtLocation(alias.name);
  return (type.isUnion() ? type.types : [type]).map((t) => t.value).filter((v) => typeof v === "string").sort();
}

/** Rows of the markdown tables under "## Options": [first table, second table], each a map of option -> cells. */
function optionTables(vendor) {
  const text = readFileSync(join(root, "packages", vendor, "README.md"), "utf8");
  const section = text.split("\n## Options\n")[1]?.split("\n## ")[0] ?? "";
  const tables = [];
  let current;
  for (const line of section.split("\n")) {
    if (!line.startsWith("|")) {
      current = undefined;
      continue;
    }
    if (!current) tables.push((current = new Map()));
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const option = /^`([A-Za-z]+)`$/.exec(cells[0])?.[1];
    if (option) current.set(option, cells.slice(1));
  }
  return tables;
}

describe("vendor README options tables match the built runtime", () => {
  it.each(vendors)("%s", async (vendor) => {
    const [client, perRequest] = optionTables(vendor);
    expect(client?.size, "no client options table").toBeGreaterThan(0);
    expect(perRequest?.size, "no per-request options table").toBeGreaterThan(0);
    const { vendor: definition } = await import(`@partnerkit/${vendor}`);
    const { DEFAULT_RETRY, DEFAULT_TIMEOUT } = await import("@partnerkit/runtime");
    // Every client option the runtime takes (tokenUrl only where there is a token endpoint), plus the vendor's own.
    const expected = probeKeys("ClientKeys").filter((k) => k !== "tokenUrl" || definition.auth);
    const vendorOptions = [...Object.keys(definition.headers ?? {}), ...(definition.pathDefaults ?? [])];
    expect([...client.keys()].sort()).toEqual([...expected, ...vendorOptions].sort());
    for (const key of probeKeys("RequestKeys")) expect(perRequest.has(key), `per-request option ${key}`).toBe(true);
    // The defaults stated are the runtime's.
    const { deadline, ...retry } = DEFAULT_RETRY;
    expect(deadline).toBeUndefined();
    const retryText = `\`{ ${Object.entries(retry).map(([k, v]) => `${k}: ${v}`).join(", ")} }\``;
    expect(client.get("retry")[0]).toBe(retryText);
    expect(client.get("timeout")[0]).toBe(`\`${DEFAULT_TIMEOUT}\``);
    if (definition.defaultBaseUrl && !definition.requiresBaseUrl && !definition.defaultBaseUrl.includes(".invalid")) {
      expect(client.get("baseUrl")[0]).toBe(`\`${definition.defaultBaseUrl}\``);
    }
    // The link to the runtime's README resolves in the repository.
    const text = readFileSync(join(root, "packages", vendor, "README.md"), "utf8");
    expect(text).toContain("](../runtime/README.md)");
    expect(existsSync(join(root, "packages", "runtime", "README.md"))).toBe(true);
  }, 300_000);
});

/**
 * The environment a block runs with against `mockUrl`: every `*_BASE_URL` it reads is the mock, every other variable a
 * dummy value (tokens, client ids and secrets, ids). Undefined for a block that reads no base URL: it cannot be pointed
 * at the mock, and is only compiled.
 */
function mockEnv(block, mockUrl) {
  const env = { PATH: process.env.PATH, NODE_OPTIONS: "" };
  for (const [, name] of block.code.matchAll(/process\.env\.([A-Za-z0-9_]+)/g)) {
    env[name] = name.endsWith("_BASE_URL") ? mockUrl : `doc-test-${name.toLowerCase().replaceAll("_", "-")}`;
  }
  return Object.values(env).includes(mockUrl) ? env : undefined;
}

async function runBlock(block, env) {
  const emitted = program.emit(program.getSourceFile(fileOf.get(block)));
  expect(emitted.emitSkipped).toBe(false);
  return run(process.execPath, [join(dir, "out", `${slug(block)}.js`)], { cwd: dir, env, timeout: 120_000 });
}

describe("vendor README examples run against the mock", () => {
  // The quickstart must be runnable this way; so is every other block that reads a *_BASE_URL (the options and
  // pagination examples, most guide examples). The vendors run side by side: each block runs in its own node process,
  // which would otherwise leave a core idle while this one waits.
  it.concurrent.for(vendors)("%s", async (vendor, { expect }) => {
    const readme = join("packages", vendor, "README.md");
    const quickstart = quickstartOf(vendor);
    expect(quickstart, `${readme} has no ts block under ## Quickstart`).toBeDefined();
    const mock = await startPrismMock(join(root, "specs", vendor, "openapi.yaml"));
    try {
      const quickstartEnv = mockEnv(quickstart, mock.url);
      expect(quickstartEnv, "the quickstart must read its base URL from *_BASE_URL").toBeDefined();
      expect(Object.keys(quickstartEnv).filter((k) => !/_BASE_URL$|_TOKEN$|^PATH$|^NODE_OPTIONS$/.test(k)), "the quickstart needs only a base URL and a token").toEqual([]);
      const runnable = checked.filter((b) => b.readme === readme && mockEnv(b, mock.url));
      expect(runnable).toContain(quickstart);
      for (const block of runnable) {
        expect(diagnosticsOf(block)).toEqual([]);
        const { stdout, stderr } = await runBlock(block, mockEnv(block, mock.url));
        const printed = stdout.trim();
        if (block === quickstart) {
          expect(printed.length, `${readme}:${block.line} printed nothing`).toBeGreaterThan(2);
          expect(stderr).toBe("");
          expect(printed).not.toMatch(/^(undefined|null)$/);
          // It printed the mock's answer: at least one string value of the response body shows up in the output.
          const answer = await expectedAnswer(vendor, block, mock.url);
          const leaves = stringLeaves(answer).filter((v) => v.length > 2);
          expect(leaves.length).toBeGreaterThan(0);
          expect(leaves.some((v) => printed.includes(v)), `none of ${JSON.stringify(leaves.slice(0, 5))} in:\n${printed}`).toBe(true);
        }
        if (block.code.includes(".pages()")) {
          // The pagination example walks more than one page of the mock's lists and then stops.
          const pages = printed.split("\n").filter((line) => /^page .+: \d+ items\b/.test(line));
          expect(pages.length, `${readme}:${block.line} walked ${pages.length} page(s):\n${printed}`).toBeGreaterThan(1);
        }
      }
      console.log(`readme-blocks: ${vendor}: ${runnable.length} blocks ran against the mock`);
    } finally {
      await mock.close();
    }
  }, 300_000);
});

/**
 * The same GET the quickstart's operation method makes, sent with plain fetch: the operation's path comes from the
 * vendor's table, its path parameters from the call's argument and the client's path defaults as written in the block.
 */
async function expectedAnswer(vendor, block, baseUrl) {
  const call = /client\.(\w+)\((\{[^}]*\})?\)/.exec(block.code);
  if (!call) throw new Error(`the ${vendor} quickstart makes no client.<operationId>(…) call`);
  const { vendor: definition } = await import(`@partnerkit/${vendor}`);
  const op = definition.operations[call[1]];
  expect(op, `${call[1]} is an operation of ${vendor}`).toBeDefined();
  expect(op.method).toBe("get");
  const params = call[2] ? Function(`return (${call[2]})`)() : {};
  for (const name of definition.pathDefaults ?? []) {
    const set = new RegExp(`^\\s*${name}: ("[^"]*")`, "m").exec(block.code);
    if (set && params[name] === undefined) params[name] = JSON.parse(set[1]);
  }
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(params[name]));
  const response = await fetch(baseUrl + path, { headers: { authorization: "Bearer doc-test-token" } });
  expect(response.status).toBe(200);
  return response.json();
}

function stringLeaves(value, depth = 0, out = []) {
  // util.inspect (console.log) prints nested values down to depth 2; deeper ones appear as [Object].
  if (depth > 3) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value.slice(0, 3)) stringLeaves(v, depth + 1, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringLeaves(v, depth + 1, out);
  return out;
}
