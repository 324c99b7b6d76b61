// Runs scripts/mock.mjs with `args`, calls `ready(output)` on each chunk of stdout until it returns true,
// then stops the process. Rejects with the output if the process exits first or after 30 s.
import { spawn } from "node:child_process";

const MOCK = new URL("../mock.mjs", import.meta.url).pathname;

export function runMock(args, ready) {
  const child = spawn(process.execPath, [MOCK, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`timed out:\n${output}`)), 30_000);
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
