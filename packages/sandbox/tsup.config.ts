import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  // package.json has "type": "module", so ESM lands in index.js/.d.ts and CJS in index.cjs/.d.cts.
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // The CJS build finds the bundled specs next to itself through import.meta.url, which tsup shims there.
  shims: true,
});
