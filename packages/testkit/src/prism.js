// Prism mock servers hosted in the calling Node process through Prism's library API.
// Plain JavaScript (with prism.d.ts) so `pnpm mock` can use it on Node 20 without a TS loader.
// Why in-process: one Node process hosting several mocks costs far less memory and start-up time
// than one `prism mock` CLI process per spec (figures in README "Mock servers"), and in-process
// servers die with their host, so a killed test run never leaves a mock behind.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @type {import("./prism.d.ts").startPrismMock} */
export async function startPrismMock(specFile, options = {}) {
  const started = performance.now();
  const { getHttpOperationsFromSpec } = require("@stoplight/prism-http");
  const { createServer } = require("@stoplight/prism-http-server");
  const { createLogger } = require("@stoplight/prism-core");
  const operations = await getHttpOperationsFromSpec(specFile);
  const server = createServer(operations, {
    cors: true,
    config: {
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      isProxy: false,
      mock: { dynamic: false, ignoreExamples: false },
    },
    components: { logger: createLogger("partnerkit-mock", { level: options.logLevel ?? "silent" }) },
  });
  const url = await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  return { url, specFile, startupMs: performance.now() - started, close: () => server.close() };
}
