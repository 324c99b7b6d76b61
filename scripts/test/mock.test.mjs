// `pnpm mock <vendor>` prints a URL that serves the vendor's spec; `pnpm mock` serves all, one port each.
import { runMock } from "./run-mock.mjs";
import { describe, expect, it } from "vitest";

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

  it("rejects an unknown vendor", async () => {
    await expect(runMock(["nope"], async () => false)).rejects.toThrow(/unknown vendor nope/);
  });
});
