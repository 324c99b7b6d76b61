// `pnpm mock <vendor>` prints a URL that serves the vendor's spec; `pnpm mock` serves all, one port each.
import { createServer } from "node:net";
import { runMock } from "./run-mock.mjs";
import { describe, expect, it } from "vitest";

/** A port that was free a moment ago (the OS picks it; the mock then binds it explicitly). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("pnpm mock", () => {
  it("serves one vendor on a free port and prints its URL", async () => {
    await runMock(["tdsynnex-ion"], async (output) => {
      const url = /tdsynnex-ion: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return false;
      const response = await fetch(`${url}/v3/accounts/1/customers`, { headers: { Authorization: "Bearer t" } });
      expect(response.status).toBe(200);
      expect(Array.isArray((await response.json()).customers)).toBe(true);
      return true;
    });
  });

  it("serves every vendor, one port each, in a table", async () => {
    await runMock([], async (output) => {
      const urls = [...output.matchAll(/(http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => m[1]);
      if (urls.length < 4) return false;
      expect(new Set(urls).size).toBe(4);
      for (const vendor of ["tdsynnex-ion", "stream-partner", "rezstream", "afosto"]) expect(output).toContain(vendor);
      return true;
    });
  });

  it("--port and --host put one vendor's mock where asked", async () => {
    const port = await freePort();
    await runMock(["rezstream", "--port", String(port), "--host", "127.0.0.1"], async (output) => {
      if (!output.includes("rezstream: ")) return false;
      expect(output).toContain(`rezstream: http://127.0.0.1:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/inventory`, { headers: { Authorization: "Bearer t" } });
      expect(response.status).toBe(200);
      return true;
    });
  });

  it("refuses a --port that is not a port number, saying so", async () => {
    await expect(runMock(["rezstream", "--port", "http"], async () => false)).rejects.toThrow(/--port must be a port number .*"http"/);
  });

  it("rejects an unknown vendor", async () => {
    await expect(runMock(["nope"], async () => false)).rejects.toThrow(/unknown vendor nope/);
  });
});
