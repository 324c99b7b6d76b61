// Stream Partner through its generated client against the sandbox: client-credentials auth on Stream's own token
// endpoint (JSON body, 201), and its partner tokens as a stored collection.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createStreamPartnerClient, NotFoundError } from "@partnerkit/stream-partner";
import { startSandbox, type Sandbox, type VendorCredentials } from "../src/index.js";

let sandbox: Sandbox<VendorCredentials["stream-partner"]>;
beforeAll(async () => {
  sandbox = await startSandbox("stream-partner");
});
afterAll(() => sandbox?.close());
// Every answer the sandbox gave matched the spec.
afterEach(() => expect(sandbox.violations.filter((v) => v.direction === "response")).toEqual([]));

describe("Stream Partner sandbox", () => {
  it("creates, lists (by org_id), renames and deletes partner tokens, authenticated by client credentials", async () => {
    // Stream's documented token URL is a placeholder host, so the client is pointed at the sandbox's.
    const stream = createStreamPartnerClient({ baseUrl: sandbox.url, tokenUrl: sandbox.tokenUrl!, auth: sandbox.credentials });
    const org = "65f1c0a2b3d4e5f6a7b8c901";
    expect((await stream.getPartnerTokens({ org_id: org })).map((t) => t._id)).toEqual(["65f1c0a2b3d4e5f6a7b8c9d1"]);

    const created = await stream.createPartnerToken({ body: { org_id: org, token_name: "Dockside POS", scopes: ["onboarding"] } });
    expect(created).toMatchObject({ _id: "65f1c0a2b3d4e5f6a7b8c9d2", token_name: "Dockside POS" });
    expect((await stream.getPartnerTokens({ org_id: org })).map((t) => t.token_name)).toEqual(["Harbor Grill POS bridge", "Dockside POS"]);
    expect(await stream.getPartnerTokens({ org_id: "65f1c0a2b3d4e5f6a7b8c999" })).toEqual([]); // another organization

    expect(await stream.renamePartnerToken({ token_id: created._id!, body: { token_name: "Dockside POS (main)" } })).toMatchObject({ token_name: "Dockside POS (main)" });
    await stream.deletePartnerToken({ token_id: created._id! });
    expect((await stream.getPartnerTokens({ org_id: org })).map((t) => t._id)).toEqual(["65f1c0a2b3d4e5f6a7b8c9d1"]);
    await expect(stream.deletePartnerToken({ token_id: created._id! })).rejects.toBeInstanceOf(NotFoundError);

    const token = sandbox.requests.filter((r) => r.operationId === "token");
    expect(token.map((r) => r.status)).toEqual([201]); // one client_credentials grant served every call
  });

  it("refuses a wrong client secret at the token endpoint", async () => {
    const response = await fetch(sandbox.tokenUrl!, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: sandbox.credentials.clientId, client_secret: "wrong" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });
});
