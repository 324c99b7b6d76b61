// The generated operation types and the runtime's invoker follow one name-clash rule: a spec with the same parameter
// name in the path, the query and a header (and a query parameter called `body`) is rendered, compiled against the
// built runtime, and called both ways; the runtime places each key where the types say.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { argumentKeys as runtimeKeys } from "@partnerkit/runtime";
import { argumentKeys as generatorKeys } from "../lib/methods.mjs";
import { renderPackage } from "../lib/render.mjs";

const spec = {
  openapi: "3.1.0",
  info: { title: "Clash", version: "1" },
  servers: [{ url: "https://clash.example" }],
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        summary: "Get a thing",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "id", in: "query", required: true, schema: { type: "integer" }, description: "The query id" },
          { name: "id", in: "header", schema: { type: "string" } },
          { name: "body", in: "query", schema: { type: "boolean" } },
        ],
        responses: { 200: { description: "ok", content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } } } } } } },
      },
    },
  },
};

const work = join(import.meta.dirname, "..", `.tmp-methods-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the name-clash rule", () => {
  it("is the same in the generator and the runtime: path, query, header; taken names and `body` get a location prefix", () => {
    const params = spec.paths["/things/{id}"].get.parameters;
    const fromGenerator = generatorKeys("/things/{id}", params).map((k) => [k.key, k.in, k.name]);
    const fromRuntime = [...runtimeKeys({ path: "/things/{id}", query: ["id", "body"], header: ["id"] })].map(([key, v]) => [key, v.in, v.name]);
    expect(fromGenerator).toEqual([
      ["id", "path", "id"],
      ["query.id", "query", "id"],
      ["query.body", "query", "body"],
      ["header.id", "header", "id"],
    ]);
    expect(fromRuntime).toEqual(fromGenerator);
  });

  it("types the prefixed keys: the right call compiles, a clashing key under its bare name or a missing one does not", async () => {
    const files = await renderPackage("clash", structuredClone(spec), { existingPackageJson: { name: "@partnerkit/clash" } });
    for (const [path, content] of files) {
      if (!path.startsWith("src/")) continue;
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), content);
    }
    expect(files.get("src/generated/methods.ts")).toContain('"query.id": NonNullable<operations["getThing"]["parameters"]["query"]>["id"];');
    writeFileSync(
      join(work, "src", "consumer.ts"),
      `import { createClashClient } from "./index.js";
const client = createClashClient();
export const ok = () => client.getThing({ id: "p", "query.id": 2, "query.body": true, "header.id": "h" });
// @ts-expect-error the query id is required, under its prefixed name
export const missing = () => client.getThing({ id: "p" });
// @ts-expect-error the query id is an integer
export const wrongType = () => client.getThing({ id: "p", "query.id": "2" });
// @ts-expect-error \`body\` is the request body's key, and this operation has none
export const bodyKey = () => client.getThing({ id: "p", "query.id": 2, body: true });
`,
    );
    const program = ts.createProgram([join(work, "src", "consumer.ts")], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
