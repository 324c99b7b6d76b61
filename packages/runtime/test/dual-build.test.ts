import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../tsup.config.js";

// Built with the package's own tsup config (minus .d.ts, for speed) into a directory under node_modules, so the
// outputs resolve openapi-fetch exactly as dist/ does and the real dist/ is left alone.
const outDir = fileURLToPath(new URL("../node_modules/.cache/partnerkit-dual-build", import.meta.url));

type Runtime = typeof import("../src/index.js");
let esm: Runtime;
let cjs: Runtime;

beforeAll(async () => {
  const options = Array.isArray(config) ? config[0] : config;
  await build({ ...(options as object), outDir, dts: false, sourcemap: false, silent: true });
  esm = await import(pathToFileURL(`${outDir}/index.js`).href);
  cjs = createRequire(import.meta.url)(`${outDir}/index.cjs`);
}, 30_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("ESM and CJS builds", () => {
  it("are really two copies of the classes", () => {
    expect(esm.NotFoundError).not.toBe(cjs.NotFoundError);
    expect(Object.getPrototypeOf(new esm.NotFoundError({ status: 404, method: "GET", url: "u" }))).not.toBe(cjs.NotFoundError.prototype);
  });

  it("errors created by one build are instanceof the other's classes, both ways", () => {
    for (const [from, to] of [
      [esm, cjs],
      [cjs, esm],
    ] as const) {
      const notFound = new from.NotFoundError({ status: 404, method: "GET", url: "u" });
      expect(notFound).toBeInstanceOf(to.NotFoundError);
      expect(notFound).toBeInstanceOf(to.ApiError);
      expect(notFound).toBeInstanceOf(to.PartnerkitError);
      expect(notFound).not.toBeInstanceOf(to.ConflictError);
      expect(notFound).not.toBeInstanceOf(to.ServerError);
      const timeout = new from.TimeoutError({ method: "GET", url: "u", timeout: 1 });
      expect(timeout).toBeInstanceOf(to.TimeoutError);
      expect(timeout).not.toBeInstanceOf(to.ApiError);
      expect(from.apiErrorFor({ status: 503, method: "GET", url: "u" })).toBeInstanceOf(to.ServerError);
    }
  });

  it("both builds export the same names", () => {
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
  });
});
