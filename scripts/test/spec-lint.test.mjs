// The spec checks that `pnpm test` runs next to Redocly (the root `lint` task): Spectral with the repo's
// .spectral.yaml, and scripts/lint/check-examples.mjs (Ajv, JSON Schema 2020-12). Each is shown a clean fixture
// (no result at all) and copies with one thing broken, and must name each break.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExamples } from "../lint/check-examples.mjs";
import { loadSpec } from "../lib/spec-file.mjs";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;
const CLEAN = new URL("./fixtures/lint-clean.yaml", import.meta.url).pathname;
const SPECTRAL = join(dirname(createRequire(join(ROOT, "package.json")).resolve("@stoplight/spectral-cli/package.json")), "dist/index.js");
const CHECK_EXAMPLES = new URL("../lint/check-examples.mjs", import.meta.url).pathname;

let dir;
let clean;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerkit-lint-"));
  clean = await readFile(CLEAN, "utf8");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes a copy of the clean fixture with one replacement (which must apply) and returns its path. */
async function broken(name, from, to) {
  expect(clean).toContain(from);
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, clean.replace(from, to));
  return file;
}

async function exitOf(command, args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [command, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe("Ajv example check", () => {
  it("finds every example of the clean fixture valid", async () => {
    const { count, problems } = checkExamples(await loadSpec(CLEAN));
    expect(count).toBe(5); // parameter, header, media-type (named), two schema property examples
    expect(problems).toEqual([]);
  });

  const cases = [
    ["a schema example of the wrong type", "          examples: [g1]", "          examples: [7]", /example must be string \(schema #\/components\/schemas\/Gadget\/properties\/id\)/, "examples: [7]"],
    ["a schema example below its minimum", "          examples: [3]", "          examples: [0]", /example must be >= 1/, "examples: [0]"],
    ["a parameter example that is not a uuid", "example: 3fa85f64-5717-4562-b3fc-2c963f66afa6", "example: not-a-uuid", /example must match format "uuid"/, "example: not-a-uuid"],
    ["a header example of the wrong type", "              example: 2", "              example: two", /example must be integer/, "example: two"],
    ["a media-type example missing a required property", "                    - { id: g2 }", "                    - { size: 2 }", /example\.1 must have required property 'id'/, "- { size: 2 }"],
  ];

  it.each(cases)("reports %s with file and line", async (_, from, to, message, line) => {
    const file = await broken("example", from, to);
    const { problems } = checkExamples(await loadSpec(file));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].message).toMatch(/example\.yaml:\d+:\d+: /);
    // the reported line holds the broken example (a value's own line, or its key's for an array item)
    const text = await readFile(file, "utf8");
    const at = problems[0].line;
    expect(text.split("\n").slice(at - 1, at + 1).join("\n")).toContain(line.split(" ").at(-1));
  });

  it("the CLI exits 1 and prints file:line for a broken example, 0 for the clean fixture", async () => {
    const file = await broken("cli", "          examples: [g1]", "          examples: [7]");
    const bad = await exitOf(CHECK_EXAMPLES, [CLEAN, file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cli\.yaml:\d+:\d+: example must be string/);
    expect((await exitOf(CHECK_EXAMPLES, [CLEAN])).code).toBe(0);
  });
});

describe("Spectral with .spectral.yaml", () => {
  const violations = [
    ["partnerkit-operation-summary", "      summary: Delete a gadget\n", ""],
    ["partnerkit-inferred-has-reason", "      x-provenance-reason: The fields come from one example.\n", ""],
    ["partnerkit-confirmed-has-source", "          x-provenance-source: https://docs.acme.test/gadgets\n", ""],
    ["partnerkit-provenance-value", "          x-provenance: confirmed\n", "          x-provenance: guessed\n"],
    ["partnerkit-no-content-on-204", "          description: Deleted.\n", "          description: Deleted.\n          content:\n            application/json:\n              schema: { type: object }\n"],
    ["operation-operationId-unique", "operationId: deleteGadget", "operationId: listGadgets"],
    ["path-params", "  /gadgets/{gadgetId}:", "  /gadgets/{gadgetId}/{part}:"],
    ["oas3-valid-media-example", "                    - { id: g2 }", "                    - { id: 2 }"],
  ];

  it("reports nothing on the clean fixture and each rule on the copy that breaks it", async () => {
    const files = {};
    for (const [rule, from, to] of violations) files[rule] = await broken(rule, from, to);
    const result = await exitOf(SPECTRAL, ["lint", "--ruleset", join(ROOT, ".spectral.yaml"), "--fail-severity=hint", "--format=json", "--quiet", CLEAN, ...Object.values(files)]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout);
    expect(findings.filter((f) => f.source === CLEAN)).toEqual([]);
    for (const [rule, file] of Object.entries(files)) {
      const codes = findings.filter((f) => f.source === file).map((f) => f.code);
      expect(codes, `${rule} in ${file}`).toContain(rule);
    }
  });
});
