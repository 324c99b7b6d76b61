// The generator's promises: deterministic, idempotent, and a broken spec stops it with file and
// line while every previously generated file stays byte-identical.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const GENERATE = new URL("../generate.mjs", import.meta.url).pathname;
const FIXTURE = new URL("./fixtures/minimal.yaml", import.meta.url).pathname;

let root;
const specPath = () => join(root, "specs", "acme", "openapi.yaml");

async function generate(...args) {
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

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "partnerkit-generate-"));
  await cp(FIXTURE, specPath(), { recursive: true });
  await writeFile(join(root, "partnerkit.config.json"), JSON.stringify({ vendors: ["acme"] }));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("generate", () => {
  it("writes the package and is idempotent: a second run changes no byte", async () => {
    expect((await generate()).code).toBe(0);
    const first = await snapshot();
    expect(Object.keys(first).map((f) => f.slice(root.length))).toEqual(
      expect.arrayContaining(["/packages/acme/src/index.ts", "/packages/acme/src/generated/schema.d.ts", "/packages/acme/package.json"]),
    );
    // The runtime's vendor data: paginated operations only.
    expect(first[join(root, "packages/acme/src/generated/vendor.ts")]).toContain('"path": "/widgets"');
    expect(first[join(root, "packages/acme/src/generated/vendor.ts")]).not.toContain("/widgets/{widgetId}");
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
    expect((await generate("--check")).code).toBe(1);
    const result = await generate();
    expect(result.stdout).toContain("wrote packages/acme/src/index.ts");
    expect(await snapshot()).toEqual(before);
  });

  it("--check fails when a generated file is stale and passes once regenerated", async () => {
    await generate();
    const spec = await readFile(specPath(), "utf8");
    await writeFile(specPath(), spec.replace("summary: Get a widget", "summary: Fetch a widget"));
    const stale = await generate("--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("packages/acme/src/generated/schema.d.ts");
    await generate();
    expect((await generate("--check")).code).toBe(0);
  });

  const broken = [
    ["a YAML syntax error", (s) => s.replace("  /widgets:\n", "  /widgets: : [\n"), /openapi\.yaml:\d+:\d+: YAML syntax error/],
    ["a dangling $ref", (s) => s.replace("#/components/schemas/Widget'", "#/components/schemas/Gadget'"), /openapi\.yaml:\d+:\d+: dangling \$ref "#\/components\/schemas\/Gadget"/],
    ["a duplicate operationId", (s) => s.replace("operationId: getWidget", "operationId: listWidgets"), /openapi\.yaml:\d+:\d+: duplicate operationId "listWidgets"/],
    ["an undeclared path parameter", (s) => s.replace("/widgets/{widgetId}:", "/widgets/{widgetId}/{part}:"), /openapi\.yaml:\d+:\d+: .*path parameter "part" is not declared/],
  ];

  it.each(broken)("stops on %s with file and line and leaves every generated file untouched", async (_, breakSpec, message) => {
    await generate();
    const before = await snapshot();
    const spec = await readFile(specPath(), "utf8");
    const brokenSpec = breakSpec(spec);
    expect(brokenSpec).not.toBe(spec);
    await writeFile(specPath(), brokenSpec);
    const result = await generate();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    // The reported line is where the problem is.
    const line = Number(/openapi\.yaml:(\d+):/.exec(result.stderr)[1]);
    const lines = brokenSpec.split("\n");
    expect(lines.slice(Math.max(0, line - 2), line + 1).join("\n")).toMatch(/widgets|Gadget|listWidgets|part/);
    expect(await snapshot()).toEqual(before);
  });
});
