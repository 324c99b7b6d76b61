// rezStream through its generated client against the sandbox: the refresh_token grant with client id and secret in
// a form body on its own token host, and offset pagination through Link headers on the sandbox's origin.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRezstreamClient, NotFoundError } from "@partnerkit/rezstream";
import { startSandbox, type Sandbox, type VendorCredentials } from "../src/index.js";

let sandbox: Sandbox<VendorCredentials["rezstream"]>;
beforeAll(async () => {
  sandbox = await startSandbox("rezstream");
});
afterAll(() => sandbox?.close());
// Every answer the sandbox gave matched the spec.
afterEach(() => expect(sandbox.violations.filter((v) => v.direction === "response")).toEqual([]));

describe("rezStream sandbox", () => {
  it("walks reservations page by page through rel=next links on the sandbox, and 404s an unknown one", async () => {
    // rezStream's token endpoint is on another host (account.rezstream.com), so the client is pointed at the sandbox's.
    const rez = createRezstreamClient({ baseUrl: sandbox.url, tokenUrl: sandbox.tokenUrl!, auth: sandbox.credentials, apiVersion: "2021-10-01", tenantId: "tenant-1" });
    const ids: string[] = [];
    for await (const reservation of rez.listReservationsByDate({ from: "2021-10-01", to: "2021-10-31", limit: 1 })) ids.push(reservation.id!);
    expect(ids).toEqual(["a2857289-0f63-4a26-b509-444699485a33", "c41f7b92-8e3d-4a6c-b0f5-7d2e9a1c3b58"]);
    const pages = sandbox.requests.filter((r) => r.operationId === "listReservationsByDate").map((r) => r.path);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(/[?&]skip=1(&|$)/); // the second request is the link the sandbox sent

    expect(await rez.getReservation({ id: "a2857289-0f63-4a26-b509-444699485a33" })).toMatchObject({ id: "a2857289-0f63-4a26-b509-444699485a33" });
    await expect(rez.getReservation({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
    expect(sandbox.requests.filter((r) => r.operationId === "getAccessToken" || r.path.startsWith("/connect/token")).map((r) => r.status)).toEqual([200]);
  });
});
