// Afosto's declarations ship once (scripts/lib/dts-once.mjs, run by each vendor's `build`): the built package holds
// no `.d.ts` chunk that merely repeats its `.d.cts` twin, and TypeScript consumers of both module systems still get
// precise types through it. Needs `pnpm build` first (turbo builds @partnerkit/afosto before this package's tests).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const scriptsDir = resolve(import.meta.dirname, "..");
const dist = resolve(scriptsDir, "../packages/afosto/dist");
// Inside scripts/node_modules so that `@partnerkit/afosto` resolves like in a user's project (through exports).
const work = join(scriptsDir, "node_modules", ".cache", "dts-once");

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Afosto declarations ship once", () => {
  it("no ESM declaration chunk repeats its CommonJS twin (entries stay per format)", () => {
    const names = readdirSync(dist);
    // Entry declarations may read the same, but each resolves @partnerkit/runtime under its own condition.
    const entries = new Set(JSON.stringify(JSON.parse(readFileSync(join(dist, "../package.json"), "utf8")).exports).match(/[\w-]+(?=\.d\.c?ts)/g));
    expect(entries.has("index") && entries.has("odr")).toBe(true);
    const twins = names
      .filter((n) => n.endsWith(".d.ts") && !entries.has(n.slice(0, -".d.ts".length)))
      .filter((n) => names.includes(n.replace(/\.d\.ts$/, ".d.cts")))
      .filter((n) => readFileSync(join(dist, n), "utf8") === readFileSync(join(dist, n.replace(/\.d\.ts$/, ".d.cts")), "utf8"));
    expect(twins).toEqual([]);
    const bytes = (suffix) => names.filter((n) => n.endsWith(suffix)).reduce((sum, n) => sum + statSync(join(dist, n)).size, 0);
    // The schema chunks (about 1 MB) exist once; the ESM side keeps only its small entry files.
    expect(bytes(".d.ts")).toBeLessThan(bytes(".d.cts") / 4);
  });

  it("ESM and CommonJS TypeScript consumers compile with precise types, and wrong ones fail", () => {
    mkdirSync(work, { recursive: true });
    const source = `import { createAfostoOdrClient, type SchemaOdrInvoiceRequest } from "@partnerkit/afosto/odr";
import { createAfostoClient, type SchemaWmsInventoryItem } from "@partnerkit/afosto";
export const client = createAfostoOdrClient({ baseUrl: "http://127.0.0.1:9" });
export const root = createAfostoClient({ baseUrl: "http://127.0.0.1:9" });
export const request: SchemaOdrInvoiceRequest = { reference: "r", metadata: { source: "x" } };
export const item: SchemaWmsInventoryItem = {};
// @ts-expect-error reference is a string: fails only if the types resolved
export const wrong: SchemaOdrInvoiceRequest = { reference: 1 };
export const items = root.paginate("searchInventory", { body: {} });
`;
    const files = [join(work, "consumer.mts"), join(work, "consumer.cts")];
    for (const file of files) writeFileSync(file, source);
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.replace(work, "")}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : "";
      return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
    });
    expect(diagnostics).toEqual([]);
    // Both consumers read the shared chunk: the ESM one through the .cjs specifier dts-once wrote.
    // (tsup names the chunk after its first module: the schema, or the generated operation types that import it.)
    const read = program.getSourceFiles().map((f) => f.fileName).filter((f) => /\/afosto\/dist\/(schema\.d|methods)-/.test(f));
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((f) => f.endsWith(".d.cts"))).toBe(true);
  }, 180_000); // loads all of Afosto's declarations twice (ESM and CJS), on a busy machine
});
