// Operation methods of the generated TD SYNNEX client: the argument rules in both directions (the right call compiles
// with a precise type, the wrong one is a compile error that `tsc --noEmit` reports once the error disappears), and
// the hover text an editor shows, read through the TypeScript language service.
// Calls that would touch the network sit in functions that are type-checked but never run.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ApiPromise,
  type ListCustomersItem,
  type ListCustomersParams,
  type ListCustomersResponse,
  type PagePromise,
  type SchemaCustomer,
  type TdsynnexIonClient,
  createTdsynnexIonClient,
} from "../src/index.js";

const baseUrl = "http://127.0.0.1:9";

describe("operation method arguments", () => {
  it("require the required parameters and type the result", () => {
    const client = createTdsynnexIonClient({ baseUrl });
    expectTypeOf(client).toEqualTypeOf<TdsynnexIonClient<false, never>>();
    const calls = () => {
      expectTypeOf(client.getCustomer({ accountId: "a", customerId: "c" })).toEqualTypeOf<ApiPromise<SchemaCustomer>>();
      // @ts-expect-error customerId is a required path parameter
      void client.getCustomer({ accountId: "a" });
      // @ts-expect-error without a client-level accountId, accountId is required
      void client.listCustomers({ page: 1 });
      // @ts-expect-error … and so is the argument
      void client.listCustomers();
      // @ts-expect-error a misspelt parameter name is an error
      void client.listCustomers({ accountId: "a", pageSise: 10 });
      // @ts-expect-error a wrong value type is an error
      void client.listCustomers({ accountId: "a", page: "2" });
      // @ts-expect-error the body is required where the spec requires it
      void client.addCartItem({ accountId: "a", customerId: "c", cartId: "k" });
      // @ts-expect-error per-request options are checked too
      void client.getCustomer({ accountId: "a", customerId: "c" }, { timout: 5 });
      void client.getCustomer({ accountId: "a", customerId: "c" }, { timeout: 5, retry: { maxRetries: 1 }, signal: AbortSignal.timeout(1), headers: { "X-A": "1" } });
    };
    expect(calls).toBeTypeOf("function");
  });

  it("make the argument optional when nothing is required", () => {
    const client = createTdsynnexIonClient({ baseUrl, accountId: "1001234" });
    expectTypeOf(client).toEqualTypeOf<TdsynnexIonClient<false, "accountId">>();
    const calls = () => {
      // accountId comes from the client: nothing else is required, so the argument may be left out
      expectTypeOf(client.listCustomers()).toEqualTypeOf<PagePromise<ListCustomersResponse, ListCustomersItem>>();
      void client.listCustomers({ page: 2 });
      // still required: customerId has no default
      // @ts-expect-error customerId is required
      void client.getCustomer({});
      // @ts-expect-error a default does not make other names acceptable
      void client.listCustomers({ acountId: "x" });
    };
    expect(calls).toBeTypeOf("function");
  });

  it("let a call override the client's default, with the same type", () => {
    const client = createTdsynnexIonClient({ baseUrl, accountId: "1001234" });
    const calls = () => {
      void client.listCustomers({ accountId: "other" });
      // @ts-expect-error the override is type-checked as the parameter
      void client.listCustomers({ accountId: 42 });
      // @ts-expect-error the client option is type-checked too (a string)
      void createTdsynnexIonClient({ baseUrl, accountId: 42 });
    };
    expect(calls).toBeTypeOf("function");
  });

  it("type paginated items and pages from the spec", () => {
    const client = createTdsynnexIonClient({ baseUrl, accountId: "1001234" });
    const calls = async () => {
      for await (const customer of client.listCustomers()) expectTypeOf(customer).toEqualTypeOf<ListCustomersItem>();
      for await (const page of client.listCustomers().pages()) expectTypeOf(page.items).toEqualTypeOf<ListCustomersItem[]>();
      const { data, requestId } = await client.listCustomers().withResponse();
      expectTypeOf(data).toEqualTypeOf<ListCustomersResponse>();
      expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    };
    expectTypeOf<ListCustomersItem>().toEqualTypeOf<SchemaCustomer>();
    expectTypeOf<ListCustomersParams["page"]>().toEqualTypeOf<number | undefined>();
    expect(calls).toBeTypeOf("function");
  });
});

describe("hover text", () => {
  it("shows the method's summary and a parameter's description (TypeScript language service)", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const file = join(here, "__hover__.ts");
    const source = `import { createTdsynnexIonClient } from "../src/index.js";
const ion = createTdsynnexIonClient({ accountId: "1" });
void ion.listCustomers({ pageSize: 10 });
`;
    const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => "1",
      getScriptSnapshot: (name) => {
        const text = name === file ? source : ts.sys.fileExists(name) ? readFileSync(name, "utf8") : undefined;
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => here,
      getCompilationSettings: () => options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (name) => name === file || ts.sys.fileExists(name),
      readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    const service = ts.createLanguageService(host, ts.createDocumentRegistry());
    const text = (at: string) => {
      const info = service.getQuickInfoAtPosition(file, source.indexOf(at) + 1);
      return [ts.displayPartsToString(info?.displayParts), ts.displayPartsToString(info?.documentation), ...(info?.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`)].join("\n");
    };
    const method = text("listCustomers(");
    expect(method).toMatch(/listCustomers: \(params\?: .*ListCustomersParams/);
    expect(method).toContain("List Customers");
    expect(method).toContain("List all end customers associated with the partner account.");
    expect(method).toContain("GET /v3/accounts/{accountId}/customers");
    const parameter = text("pageSize:");
    expect(parameter).toContain("pageSize?:");
    expect(parameter).toContain("Number of results per page");
    expect(parameter).toContain("x-provenance: inferred");
  });
});
