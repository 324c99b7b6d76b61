// Runs scripts/mock.mjs (what `pnpm mock` runs) as a child process, for tests that use it as a user would.
import { spawn } from "node:child_process";

const MOCK = new URL("../mock.mjs", import.meta.url).pathname;

/**
 * Runs scripts/mock.mjs with `args`, calls `ready(output)` on each chunk of stdout until it returns true,
 * then stops the process. Rejects with the output if the process exits first or after `timeout` ms.
 */
export function runMock(args, ready, { timeout = 110_000 } = {}) { // under the 120 s test timeout; loading every spec takes tens of seconds on a busy machine
  const child = spawn(process.execPath, [MOCK, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`timed out:\n${output}`)), timeout);
    let busy = false;
    function finish(error) {
      clearTimeout(timer);
      child.kill("SIGTERM");
      if (error) reject(error);
      else resolve(output);
    }
    const onData = async (chunk) => {
      output += chunk;
      if (busy) return;
      busy = true;
      try {
        if (await ready(output)) finish();
      } catch (error) {
        finish(error);
      } finally {
        busy = false;
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => finish(new Error(`exited with ${code}:\n${output}`)));
  });
}

/**
 * Starts scripts/mock.mjs with the given vendors and resolves once it has printed a URL for each:
 * `urls` maps vendor -> base URL; `exited` is set (with the code and output) if the process ends on its own.
 */
export function startMock(vendors, { args = [], timeout = 120_000 } = {}) {
  const child = spawn(process.execPath, [MOCK, ...vendors, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const mock = {
    output: "",
    urls: {},
    exited: undefined,
    async stop() {
      if (mock.exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`mock not ready after ${timeout} ms:\n${mock.output}`));
    }, timeout);
    const urlOf = (vendor) => new RegExp(`(?:^|\\s|│)${vendor}(?::|\\s*│)\\s*'?(http://[^\\s'│]+)`, "m").exec(mock.output)?.[1];
    child.stdout.on("data", (chunk) => {
      mock.output += chunk;
      const urls = Object.fromEntries(vendors.map((v) => [v, urlOf(v)]));
      if (Object.values(urls).every(Boolean)) {
        clearTimeout(timer);
        mock.urls = urls;
        resolve(mock);
      }
    });
    child.stderr.on("data", (chunk) => (mock.output += chunk));
    child.on("exit", (code, signal) => {
      mock.exited = { code, signal, output: mock.output };
      clearTimeout(timer);
      reject(new Error(`mock exited with ${code ?? signal}:\n${mock.output}`));
    });
  });
}
