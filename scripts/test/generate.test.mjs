// The generator's promises: deterministic, idempotent, and a broken spec, config or checkout stops it with
// file and line while every previously generated file stays byte-identical.
// Most tests call generate() in-process (a spawn costs a Node start-up and is not what they check); the
// "CLI" tests spawn scripts/generate.mjs to pin the exit codes and the absence of stack traces.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generate as generateInProcess } from "../generate.mjs";

const run = promisify(execFile);
const GENERATE = new URL("../generate.mjs", import.meta.url).pathname;
const FIXTURE = new URL("./fixtures/minimal.yaml", import.meta.url).pathname;

let root;
const temps = [];
const specPath = () => join(root, "specs", "acme", "openapi.yaml");

async function tempRoot() {
  const dir = await mkdtemp(join(tmpdir(), "partnerkit-generate-"));
  temps.push(dir);
  return dir;
}

/** generate() in-process on `at` (default: the test's root); output collected as the CLI would print it. */
async function generate(options = {}, at = root) {
  const out = [];
  const err = [];
  const code = await generateInProcess({ root: at, specDiff: false, log: (m) => out.push(m), error: (m) => err.push(m), ...options });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [GENERATE, "--no-spec-diff", "--root", root, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

async function snapshot(dir = join(root, "packages")) {
  const out = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), "utf8");
  }
  return out;
}

/** The lines around a reported `file:line:col`, for checking that the line is where the problem is. */
function reportedLines(stderr, file, text) {
  const line = Number(new RegExp(`${file.replace(".", "\\.")}:(\\d+):\\d+`).exec(stderr)[1]);
  return text.split("\n").slice(Math.max(0, line - 2), line + 1).join("\n");
}

beforeEach(async () => {
  root = await tempRoot();
  await cp(FIXTURE, specPath(), { recursive: true });
  await writeFile(join(root, "partnerkit.config.json"), JSON.stringify({ vendors: ["acme"] }));
});
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

describe("generate", () => {
  it("writes the package and is idempotent: a second run changes no byte", async () => {
    expect((await generate()).code).toBe(0);
    const first = await snapshot();
    expect(Object.keys(first).map((f) => f.slice(root.length))).toEqual(
      expect.arrayContaining(["/packages/acme/src/index.ts", "/packages/acme/src/generated/schema.d.ts", "/packages/acme/package.json"]),
    );
    // The runtime's vendor data: every operation (the operation methods are driven by it), and their types.
    expect(first[join(root, "packages/acme/src/generated/vendor.ts")]).toContain('"path": "/widgets"');
    expect(first[join(root, "packages/acme/src/generated/vendor.ts")]).toContain('"path": "/widgets/{widgetId}"');
    expect(first[join(root, "packages/acme/src/generated/methods.ts")]).toMatch(/ getWidget: \{ params: GetWidgetParams; response: GetWidgetResponse; errorBody: GetWidgetErrorBody \};/);
    const second = await generate();
    expect(second.stdout).toContain("0 of");
    expect(second.stdout).toContain("(0 rendered)");
    expect(await snapshot()).toEqual(first);
  });

  it("re-renders when a generated file was edited by hand, even though the spec did not change", async () => {
    await generate();
    const before = await snapshot();
    const entry = join(root, "packages/acme/src/index.ts");
    await writeFile(entry, "// edited by hand\n");
    expect((await generate({ check: true })).code).toBe(1);
    const result = await generate();
    expect(result.stdout).toContain("wrote packages/acme/src/index.ts");
    expect(await snapshot()).toEqual(before);
  });

  it("--check fails when a generated file is stale and passes once regenerated", async () => {
    await generate();
    const spec = await readFile(specPath(), "utf8");
    await writeFile(specPath(), spec.replace("summary: Get a widget", "summary: Fetch a widget"));
    const stale = await generate({ check: true });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("packages/acme/src/generated/schema.d.ts");
    await generate();
    expect((await generate({ check: true })).code).toBe(0);
  });

  it("--check compares a copied checkout with a fresh render, whatever the stamp copied along with it says", async () => {
    await generate();
    const copy = await tempRoot();
    await cp(root, copy, { recursive: true }); // node_modules/.cache/partnerkit-generate.json included
    await writeFile(join(copy, "packages/acme/src/index.ts"), "// tampered\n");
    const result = await generate({ check: true }, copy);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("packages/acme/src/index.ts");
    // The stamp is keyed relative to its root: a plain run in the copy repairs the copy, not the original.
    expect((await generate({}, copy)).stdout).toContain("wrote packages/acme/src/index.ts");
    expect(await readFile(join(copy, "packages/acme/src/index.ts"), "utf8")).toBe(await readFile(join(root, "packages/acme/src/index.ts"), "utf8"));
  });

  it("--check fails, naming git's error, when git cannot read the checkout (instead of passing)", async () => {
    await generate();
    await writeFile(join(root, ".git"), ""); // a .git that git rejects: "invalid gitfile format"
    const result = await generate({ check: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/git cannot read the checkout at .*: fatal: .*\.git/);
  });

  const broken = [
    ["a YAML syntax error", (s) => s.replace("  /widgets:\n", "  /widgets: : [\n"), /openapi\.yaml:\d+:\d+: YAML syntax error/, /widgets/],
    ["a dangling $ref", (s) => s.replace("#/components/schemas/Widget'", "#/components/schemas/Gadget'"), /openapi\.yaml:\d+:\d+: dangling \$ref "#\/components\/schemas\/Gadget"/, /Gadget/],
    ["a duplicate operationId", (s) => s.replace("operationId: getWidget", "operationId: listWidgets"), /openapi\.yaml:\d+:\d+: duplicate operationId "listWidgets"/, /operationId: listWidgets/],
    ["an undeclared path parameter", (s) => s.replace("/widgets/{widgetId}:", "/widgets/{widgetId}/{part}:"), /openapi\.yaml:\d+:\d+: .*path parameter "part" is not declared/, /\{part\}/],
    ["an operationId with spaces", (s) => s.replace("operationId: getWidget", "operationId: get widget"), /openapi\.yaml:\d+:\d+: operationId "get widget" may hold only/, /operationId: get widget/],
    ["an operationId that collides with a client member", (s) => s.replace("operationId: getWidget", "operationId: paginate"), /openapi\.yaml:\d+:\d+: operationId "paginate" collides with the client's own member paginate/, /operationId: paginate/],
    ["an operationId that is not an identifier (a method name)", (s) => s.replace("operationId: getWidget", "operationId: get-widget"), /openapi\.yaml:\d+:\d+: operationId "get-widget" names a client method and must be a JavaScript identifier/, /operationId: get-widget/],
    [
      "two paths that differ only in parameter names",
      (s) =>
        s.replace(
          "  /widgets/{widgetId}:\n",
          "  /widgets/{name}:\n    get:\n      operationId: getWidgetByName\n      parameters: [{ name: name, in: path, required: true, schema: { type: string } }]\n      responses: { '200': { description: The widget. } }\n  /widgets/{widgetId}:\n",
        ),
      /openapi\.yaml:\d+:\d+: path "\/widgets\/\{widgetId\}" differs from "\/widgets\/\{name\}" only in parameter names/,
      /\/widgets\/\{widgetId\}:/,
    ],
    ["a path without a leading /", (s) => s.replace("  /widgets:\n", "  widgets:\n"), /openapi\.yaml:\d+:\d+: path "widgets" must start with "\/"/, /^ {2}widgets:$/m],
    ["an invalid schema type", (s) => s.replace("id: { type: string }", "id: { type: strng }"), /openapi\.yaml:\d+:\d+: invalid schema: type must be equal to one of the allowed values .*found "strng"/, /strng/],
    [
      "an alias $ref cycle",
      (s) => s.replace("components:\n  schemas:\n", "components:\n  schemas:\n    Thing: { $ref: '#/components/schemas/Item' }\n    Item: { $ref: '#/components/schemas/Thing' }\n"),
      /openapi\.yaml:\d+:\d+: \$ref cycle: #\/components\/schemas\/Item -> #\/components\/schemas\/Thing -> #\/components\/schemas\/Item/,
      /Thing: \{ \$ref/,
    ],
  ];

  it.each(broken)("stops on %s with file and line and leaves every generated file untouched", async (_, breakSpec, message, atLine) => {
    await generate();
    const before = await snapshot();
    const spec = await readFile(specPath(), "utf8");
    const brokenSpec = breakSpec(spec);
    expect(brokenSpec).not.toBe(spec);
    await writeFile(specPath(), brokenSpec);
    const result = await generate();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    // The reported line is where the problem is.
    expect(reportedLines(result.stderr, "openapi.yaml", brokenSpec)).toMatch(atLine);
    expect(await snapshot()).toEqual(before);
  });

  const brokenConfigs = [
    ["a trailing comma", '{\n  "vendors": [\n    "acme",\n  ]\n}\n', /partnerkit\.config\.json:4:3: malformed JSON: value expected/],
    ["a missing brace", '{\n  "vendors": ["acme"]\n', /partnerkit\.config\.json:3:1: malformed JSON: close brace expected/],
    ["vendors that is not an array", '{\n  "vendors": "acme"\n}\n', /partnerkit\.config\.json:2:14: expected "vendors": an array of vendor names/],
  ];

  it.each(brokenConfigs)("reports a config with %s by file and line and writes nothing", async (_, config, message) => {
    await generate();
    const before = await snapshot();
    await writeFile(join(root, "partnerkit.config.json"), config);
    const result = await generate();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it("reports a vendor whose spec file is missing with the path, and writes nothing", async () => {
    await generate();
    const before = await snapshot();
    await writeFile(join(root, "partnerkit.config.json"), '{\n  "vendors": ["acme", "nope"]\n}\n');
    const result = await generate();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/partnerkit\.config\.json:2:23: vendor "nope" has no spec: specs\/nope\/openapi\.yaml does not exist/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("generate CLI", () => {
  it("exits 0 when up to date, 1 on a stale --check and 2 on a broken spec or config, without a stack trace", async () => {
    await generate(); // in-process: the spawns below are about exit codes, not rendering
    expect((await cli("--check")).code).toBe(0);
    await writeFile(join(root, "packages/acme/src/index.ts"), "// edited by hand\n");
    expect((await cli("--check")).code).toBe(1);
    await writeFile(join(root, "partnerkit.config.json"), '{"vendors": ["acme",]}');
    const config = await cli();
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^generate: .*partnerkit\.config\.json:1:21: malformed JSON/);
    expect(config.stderr).not.toMatch(/\n\s+at /);
    await writeFile(join(root, "partnerkit.config.json"), '{"vendors": ["acme"]}');
    await writeFile(specPath(), (await readFile(specPath(), "utf8")).replace("id: { type: string }", "id: { type: strng }"));
    const spec = await cli();
    expect(spec.code).toBe(2);
    expect(spec.stderr).toMatch(/^generate: .*openapi\.yaml:\d+:\d+: invalid schema/);
    expect(spec.stderr).not.toMatch(/\n\s+at /);
  });
});
