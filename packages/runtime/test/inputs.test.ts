// Issue 11, items 4, 5, 6 and 8: caller input cannot move a request. Every case runs against a real server on
// 127.0.0.1 and checks what it received (or that it received nothing).
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { InvalidRequestError, MissingPathParameterError, PartnerkitError, createApiClient } from "../src/index.js";
import { json, makeVendor, type paths, startServer, serversClosedAfterEach } from "./helpers.js";

const servers = serversClosedAfterEach();

const SECRET = "SENTINEL-secret-0b5e";

async function api() {
  const server = await startServer((req, res) => json(res, 200, req.url.startsWith("/customers/") ? { id: "c1", name: "x" } : { customers: [], totalCount: 0 }));
  servers.push(server);
  const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: { token: "tok-1234" } });
  return { server, client };
}

/** The rejection, checked to be typed and free of the secret in every form it can be printed in. */
async function rejection(promise: Promise<unknown>): Promise<InvalidRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidRequestError);
  const err = error as InvalidRequestError;
  for (const text of [err.message, String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })]) expect(text).not.toContain(SECRET);
  return err;
}

const asId = (value: unknown) => value as string;

describe("path parameters stay inside their segment (item 4)", () => {
  it.each([
    ["..", "dot segment"],
    [".", "dot segment"],
  ])("%j is rejected before sending, naming the parameter", async (value, reason) => {
    const { server, client } = await api();
    const err = await rejection(client.GET("/customers/{id}", { params: { path: { id: value } } }));
    expect(err).toMatchObject({ location: "path", parameter: "id", code: "invalid_request" });
    expect(err.message).toContain('"id"');
    expect(err.message).toContain(reason);
    // The raw client (no missing-parameter check) goes through the same serializer.
    await rejection(client.raw.GET("/customers/{id}", { params: { path: { id: value } } }));
    expect(server.requests).toHaveLength(0);
  });

  it('"" is a missing parameter in the typed client and refused by the raw one', async () => {
    const { server, client } = await api();
    const typed = await rejection(client.GET("/customers/{id}", { params: { path: { id: "" } } }));
    expect(typed).toBeInstanceOf(MissingPathParameterError);
    const raw = await rejection(client.raw.GET("/customers/{id}", { params: { path: { id: "" } } }));
    expect(raw.message).toMatch(/"id" must not be empty/);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["an object", { token: SECRET, q: "?admin=true" }],
    ["an array", [SECRET, "x"]],
    ["a boolean", true],
    ["NaN", Number.NaN],
    ["a lone surrogate", `${SECRET}\uD800`],
  ])("%s is rejected without echoing the value", async (_label, value) => {
    const { server, client } = await api();
    const err = await rejection(client.GET("/customers/{id}", { params: { path: { id: asId(value) } } }));
    expect(err.parameter).toBe("id");
    expect(server.requests).toHaveLength(0);
  });

  it("/ ? # % and everything outside the unreserved set are percent-encoded; the server gets one segment", async () => {
    const { server, client } = await api();
    const value = "a/b?c=d#e%f g!'()*é~._-";
    await client.GET("/customers/{id}", { params: { path: { id: value } } });
    expect(server.requests.map((r) => r.url)).toEqual(["/customers/a%2Fb%3Fc%3Dd%23e%25f%20g%21%27%28%29%2A%C3%A9~._-"]);
    expect(decodeURIComponent(server.requests[0]!.url.slice("/customers/".length))).toBe(value);
    // Numbers are fine, and so are dots that are not a whole segment.
    await client.GET("/customers/{id}", { params: { path: { id: asId(42) } } });
    await client.GET("/customers/{id}", { params: { path: { id: "..." } } });
    expect(server.requests.slice(1).map((r) => r.url)).toEqual(["/customers/42", "/customers/..."]);
  });
});

describe("header values cannot add headers (item 5)", () => {
  const injected = `${SECRET}\r\nX-Injected: 1`;

  it("a token from a token function with CR/LF is refused before sending, without quoting it", async () => {
    const { server } = await api();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: () => injected });
    const err = await rejection(client.GET("/customers"));
    expect(err).toMatchObject({ location: "header", parameter: "Authorization" });
    expect(server.requests).toHaveLength(0);
  });

  it("a static token with NUL is refused the same way", async () => {
    const { server } = await api();
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { auth: { token: `${SECRET}\0` } });
    await rejection(client.GET("/customers"));
    expect(server.requests).toHaveLength(0);
  });

  it("per-request headers and header parameters with CR, LF or NUL are refused, naming the header", async () => {
    const { server, client } = await api();
    for (const bad of [injected, `${SECRET}\nx`, `${SECRET}\0`]) {
      const err = await rejection(client.GET("/customers", { headers: { "X-Api-Key": bad } }));
      expect(err).toMatchObject({ location: "header", parameter: "X-Api-Key" });
    }
    await rejection(client.raw.GET("/customers", { headers: [["X-Trace", injected]] }));
    // params.header is typed per operation; /items takes x-page.
    await rejection(client.GET("/items", { params: { header: { "x-page": injected } } }));
    expect(server.requests).toHaveLength(0);
  });

  it("the headers option and vendor options (tenant id) are refused when the client is created", async () => {
    const vendor = makeVendor({ defaultBaseUrl: "http://127.0.0.1:9" });
    for (const options of [{ headers: { "X-Api-Key": injected } }, { tenantId: injected }, { apiVersion: `2024\n${SECRET}` }]) {
      let error: unknown;
      try {
        createApiClient<paths>(vendor, options);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PartnerkitError);
      expect(error).toMatchObject({ code: "invalid_configuration" });
      for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(text).not.toContain(SECRET);
    }
  });
});

describe("baseUrl (item 6)", () => {
  it("with userinfo is refused when the client is created, without echoing it", async () => {
    const { server } = await api();
    const withUserinfo = server.url.replace("http://", `http://admin:${SECRET}@`);
    let error: unknown;
    try {
      createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { baseUrl: withUserinfo });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerkitError);
    expect(error).toMatchObject({ code: "invalid_configuration" });
    expect((error as Error).message).toMatch(/^baseUrl must not contain a user name or password/);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("admin:");
    }
    // The same for tokenUrl, and for a per-request baseUrl (fetch would quote the whole URL in a TypeError).
    expect(() => createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { tokenUrl: `${withUserinfo}/token` })).toThrow(/^tokenUrl must not contain/);
    const client = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }));
    const err = await rejection(client.GET("/customers", { baseUrl: withUserinfo }));
    expect(err.location).toBe("baseUrl");
    expect(server.requests).toHaveLength(0);
  });
});

describe("query serialisation (item 8)", () => {
  it("deepObject keys and parameter names are encoded: nothing can be injected through them", async () => {
    const { server, client } = await api();
    const query = { filter: { "a]=1&admin=true&b[": "x y", status: "open&closed" }, "q&admin=true": "1" };
    await client.GET("/customers", { params: { query: query as { page?: number } } });
    const received = new URL(server.requests[0]!.url, server.url).searchParams;
    expect(received.has("admin")).toBe(false);
    expect([...received]).toEqual([
      ["filter[a]=1&admin=true&b[]", "x y"],
      ["filter[status]", "open&closed"],
      ["q&admin=true", "1"],
    ]);
  });

  it("values round-trip exactly, with & = # + % and non-ASCII; allowReserved still encodes #", async () => {
    const { server, client } = await api();
    const value = "a&b=c#d+e%f g/é";
    await client.GET("/customers", { params: { query: { q: value, list: ["x,y", "z"] } as { page?: number } } });
    const received = new URL(server.requests[0]!.url, server.url).searchParams;
    expect(received.get("q")).toBe(value);
    expect(received.getAll("list")).toEqual(["x,y", "z"]);
    // Per-request options (no explode) go through the same serializer.
    await client.GET("/customers", { params: { query: { list: ["x,y", "z"] } as { page?: number } }, querySerializer: { array: { style: "form", explode: false } } });
    expect(server.requests[1]!.url).toBe("/customers?list=x%2Cy,z");
    const reserved = createApiClient<paths>(makeVendor({ defaultBaseUrl: server.url }), { querySerializer: { allowReserved: true } });
    await reserved.GET("/customers", { params: { query: { path: "a/b:c#d" } as { page?: number } } });
    expect(server.requests[2]!.url).toBe("/customers?path=a/b:c%23d");
  });

  it.each([
    ["a nested object in a deepObject", { filter: { a: { b: SECRET } } }],
    ["an object in an array", { ids: [{ id: SECRET }] }],
    ["an array in a deepObject", { filter: { tags: [SECRET, "x"] } }],
    ["a lone surrogate in a value", { q: `${SECRET}\uDC00` }],
    ["a lone surrogate in a deepObject key", { filter: { [`${SECRET}\uD800`]: "x" } }],
    ["a Date (not a plain object)", { since: new Date(0) }],
    ["a function", { callback: () => SECRET }],
  ])("%s throws a typed error naming the parameter before sending", async (_label, query) => {
    const { server, client } = await api();
    const err = await rejection(client.GET("/customers", { params: { query: query as { page?: number } } }));
    expect(err.location).toBe("query");
    expect(err.parameter).toBe(Object.keys(query)[0]);
    expect(server.requests).toHaveLength(0);
  });
});
