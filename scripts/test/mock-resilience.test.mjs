// One bad request must not take the mocks down: `pnpm mock` (and the test kit) host every vendor's mock in one
// process, so a request that breaks Prism used to end the process and every mock in it. Each case sends the
// request to the Afosto mock of a `pnpm mock afosto tdsynnex-ion` process, then checks through the generated
// clients that the Afosto mock and the TD SYNNEX mock in the same process still answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAfostoClient } from "@partnerkit/afosto";
import { createTdsynnexIonClient } from "@partnerkit/tdsynnex-ion";
import { startMock } from "./run-mock.mjs";

let mock;
beforeAll(async () => {
  mock = await startMock(["afosto", "tdsynnex-ion"]);
}, 180_000);
afterAll(() => mock?.stop());

/** Both mocks answer a plain request through their generated clients, and the process is still running. */
async function expectBothServing() {
  expect(mock.exited).toBeUndefined();
  const afosto = createAfostoClient({ baseUrl: mock.urls.afosto, auth: { token: "t" }, retry: { maxRetries: 0 } });
  const channels = await afosto.GET("/cat/channels");
  expect(channels.response.status).toBe(200);
  expect(Array.isArray(channels.data)).toBe(true);
  const ion = createTdsynnexIonClient({ baseUrl: mock.urls["tdsynnex-ion"], auth: { token: "t" }, retry: { maxRetries: 0 } });
  const customers = await ion.GET("/v3/accounts/{accountId}/customers", { params: { path: { accountId: "1" } } });
  expect(customers.response.status).toBe(200);
  expect(Array.isArray(customers.data?.customers)).toBe(true);
}

/** A multipart/form-data upload to Afosto's uploadFile, written by hand: fetch's FormData always types a file part. */
function upload(disposition, headers = "") {
  const boundary = "partnerkit-boundary";
  const body = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${headers}\r\nfile content\r\n--${boundary}--\r\n`;
  return fetch(`${mock.urls.afosto}/cnt/files/upload/signature-1`, {
    method: "POST",
    headers: { authorization: "Bearer t", "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

describe("the mock host survives bad requests", () => {
  it("a multipart file part without Content-Type (legal, RFC 7578 §4.4: text/plain) is answered, and every mock keeps serving", async () => {
    const response = await upload('form-data; name="file"; filename="notes.txt"');
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(Array.isArray(await response.json())).toBe(true);
    await expectBothServing();
  });

  it("a violation naming a non-Latin-1 property reaches the client in sl-violations, and every mock keeps serving", async () => {
    // MesMetadata maps names to strings: a number under a Japanese key is a violation whose path and message
    // quote that key, which Node refuses in a raw header value.
    const afosto = createAfostoClient({ baseUrl: mock.urls.afosto, auth: { token: "t" }, retry: { maxRetries: 0 } });
    const result = await afosto.POST("/mes/conversations", { body: { metadata: { 名前: 1 } } });
    expect(result.response.status).toBeGreaterThanOrEqual(400);
    const header = result.response.headers.get("sl-violations");
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const violations = JSON.parse(header);
    expect(violations).toContainEqual(expect.objectContaining({ location: ["request", "body", "metadata", "名前"], message: expect.stringContaining("名前") }));
    await expectBothServing();
  });

  it("a request Prism's multipart parser still cannot read fails alone, with a problem document, and every mock keeps serving", async () => {
    // An unquoted filename token: legal in Content-Disposition, but Prism's parser JSON-parses the value and throws.
    const response = await upload("form-data; name=\"file\"; filename=notes.txt", "Content-Type: text/plain\r\n");
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 500, title: "Internal Server Error", detail: expect.stringContaining("could not handle this request") });
    await expectBothServing();
  });
});
