// The `spec` option with a minimal spec: x-page header pagination over stored items, the base path of servers[0],
// and the static bearer token a vendor without a token endpoint gets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSandbox, type Sandbox } from "../src/index.js";

const fixture = fileURLToPath(new URL("fixtures/header-paged.yaml", import.meta.url));
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox("header-paged", { spec: fixture });
});
afterAll(() => sandbox?.close());

describe("a spec given with { spec }", () => {
  it("walks stored items by x-page cursors, under the server's base path, with the sandbox's static token", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(sandbox.tokenUrl).toBeUndefined();
    const token = (sandbox.credentials as { token: string }).token;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    for (const name of ["A", "B", "C"]) {
      const created = await fetch(`${sandbox.url}/channels`, { method: "POST", headers, body: JSON.stringify({ name }) });
      expect(created.status).toBe(201);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Response = await fetch(`${sandbox.url}/channels`, { headers: { ...headers, "x-page-size": "2", ...(cursor ? { "x-page": cursor } : {}) } });
      names.push(...((await page.json()) as { name: string }[]).map((c) => c.name));
      cursor = page.headers.get("x-page");
      if (!cursor) break;
    }
    expect(names).toEqual(["Web shop", "Marketplace", "A", "B", "C"]);
    expect(sandbox.requests.filter((r) => r.operationId === "listChannels")).toHaveLength(3);
    expect((await fetch(`${sandbox.url}/channels/ch-4`, { method: "DELETE", headers })).status).toBe(204);
    expect((await fetch(`${sandbox.url}/channels/ch-4`, { method: "DELETE", headers })).status).toBe(404);
    expect((await fetch(`${sandbox.url}/channels`)).status).toBe(401);
  });

  it("refuses an x-partnerkit.resources entry that names no operation, and a missing file", async () => {
    await expect(startSandbox("x", { spec: "/nonexistent/openapi.yaml" })).rejects.toThrow(/no spec file at/);
    const dir = mkdtempSync(join(tmpdir(), "sandbox-spec-"));
    try {
      const broken = join(dir, "openapi.yaml");
      writeFileSync(broken, readFileSync(fixture, "utf8").replace("delete: deleteChannel", "delete: removeChannel"));
      await expect(startSandbox("x", { spec: broken })).rejects.toThrow(/channels\.delete names removeChannel, which is not an operation/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
