import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { classify } from "./classify.mjs";
import { changesetFileName, renderChangeset, writeChangeset } from "./changeset.mjs";

const load = (rule, side) => parse(readFileSync(join(import.meta.dirname, "fixtures", rule, `${side}.yaml`), "utf8"));
const changesOf = (...rules) => rules.flatMap((rule) => classify(load(rule, "before"), load(rule, "after")));

describe("renderChangeset", () => {
  test("groups changes into Breaking / Added / Changed / Docs with the highest bump in the frontmatter", () => {
    const changes = changesOf("shared-schema", "operation-added", "request-type-widened", "servers-added", "docs-only");
    expect(renderChangeset("acme", changes)).toBe(`---
"@partnerkit/acme": major
---

API changes from \`specs/acme/openapi.yaml\`.

**Breaking**

- schema \`Order\` (used by \`getOrder\`, \`listOrders\`): response field \`total\`: removed

**Added**

- \`deleteOrder\`: operation added (DELETE /orders/{id})

**Changed**

- \`createOrder\`: request body field \`qty\`: type widened from integer to number | null

**Docs**

- API: info, servers changed
- \`listOrders\`: description, example, examples, summary, x-provenance, x-provenance-reason changed
`);
  });

  test("long lists of operations using a schema are shortened", () => {
    const change = { kind: "minor", code: "field-added", schema: "Error", operations: ["a", "b", "c", "d", "e", "f", "g"], location: "#/components/schemas/Error/properties/x", message: "response field `x`: added (optional)" };
    expect(renderChangeset("acme", [change])).toContain("- schema `Error` (used by `a`, `b`, `c`, `d`, `e` and 2 more): response field `x`: added (optional)");
  });

  test("nothing to release renders nothing", () => {
    expect(renderChangeset("acme", [])).toBeUndefined();
  });

  test("a docs-only change is a patch", () => {
    expect(renderChangeset("acme", changesOf("docs-only"))).toMatch(/^---\n"@partnerkit\/acme": patch\n---\n/);
  });
});

describe("writeChangeset", () => {
  let root;
  afterEach(() => rm(root, { recursive: true, force: true }));
  const list = async () => (await readdir(join(root, ".changeset"))).sort();

  test("writes one file named by content hash, replaces its own stale ones and leaves other changesets alone", async () => {
    root = await mkdtemp(join(tmpdir(), "spec-diff-"));
    await mkdir(join(root, ".changeset"));
    for (const f of ["acme-spec-0000aaaa.md", "acme-spec-1111bbbb.md", "acme-partner-spec-2222cccc.md", "brave-fox.md", "config.json"]) {
      await writeFile(join(root, ".changeset", f), "x");
    }
    const content = renderChangeset("acme", changesOf("operation-added"));
    const keep = (file) => file === "acme-spec-1111bbbb.md"; // committed at the baseline
    const result = await writeChangeset(root, "acme", content, keep);
    const name = changesetFileName("acme", content);
    expect(name).toMatch(/^acme-spec-[0-9a-f]{8}\.md$/);
    expect(result).toEqual({ written: name, removed: ["acme-spec-0000aaaa.md"] });
    expect(await readFile(join(root, ".changeset", name), "utf8")).toBe(content);
    expect(await list()).toEqual(["acme-partner-spec-2222cccc.md", "acme-spec-1111bbbb.md", name, "brave-fox.md", "config.json"].sort());

    // Same input, same file: nothing changes. No changes any more: our file goes.
    expect(await writeChangeset(root, "acme", content, keep)).toEqual({ written: name, removed: [] });
    expect(await writeChangeset(root, "acme", undefined, keep)).toEqual({ written: undefined, removed: [name] });
    expect(await list()).toEqual(["acme-partner-spec-2222cccc.md", "acme-spec-1111bbbb.md", "brave-fox.md", "config.json"]);
  });
});
