// `pnpm docs` builds one Redocly page per vendor and an index; every operation must be findable in its page.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "../..");
const { vendors } = JSON.parse(await readFile(join(root, "partnerkit.config.json"), "utf8"));
let out;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "partnerkit-docs-"));
  await promisify(execFile)(process.execPath, [join(root, "scripts/docs.mjs"), "--out", out]);
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe("pnpm docs", () => {
  it("links every vendor from the index", async () => {
    const index = await readFile(join(out, "index.html"), "utf8");
    for (const vendor of vendors) expect(index).toContain(`href="${vendor}.html"`);
  });

  it.each(vendors)("%s: every operationId appears in its page", async (vendor) => {
    const spec = parse(await readFile(join(root, "specs", vendor, "openapi.yaml"), "utf8"));
    const ids = Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op?.operationId).filter(Boolean));
    const page = await readFile(join(out, `${vendor}.html`), "utf8");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !page.includes(id))).toEqual([]);
  });
});
