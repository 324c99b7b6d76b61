// Consumer smoke test: the packages as npm users get them. Packs every public package, installs the
// tarballs with npm into a fresh project outside the workspace, imports them through ESM and require,
// calls a Prism mock, and type-checks a usage file whose wrong calls must not compile.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrismMock } from "@partnerkit/testkit/prism";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const PACKAGES = ["runtime", "tdsynnex-ion", "stream-partner", "rezstream", "afosto"];
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

let dir;
let mock;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "partnerkit-consumer-"));
  const tarballs = join(dir, "tarballs");
  for (const name of PACKAGES) {
    // pnpm pack rewrites workspace: ranges to real versions, as publishing would.
    await run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(root, "packages", name) });
  }
  const files = (await readdir(tarballs)).map((f) => `file:./tarballs/${f}`);
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...files], { cwd: dir, timeout: 120_000 });
  await cp(join(import.meta.dirname, "fixture"), dir, { recursive: true });
  mock = await startPrismMock(join(root, "specs", "tdsynnex-ion", "openapi.yaml"));
}, 180_000);

afterAll(async () => {
  await mock?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("installed from tarballs with npm", () => {
  it("imports through ESM and calls the mock", async () => {
    const { stdout } = await run(process.execPath, ["esm.mjs", mock.url], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ status: 200, customers: true, notFound: true, services: 12 });
  });

  it("loads through require, and errors are instanceof across the ESM and CJS builds", async () => {
    const { stdout } = await run(process.execPath, ["cjs.cjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ factories: 4, crossBuildInstanceof: true });
  });

  it("type-checks: correct calls compile and the wrong ones (@ts-expect-error) do not", async () => {
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir }).catch((e) => e);
    expect(result.stdout ?? "").toBe("");
    expect(result.code ?? 0).toBe(0);
  });
});
