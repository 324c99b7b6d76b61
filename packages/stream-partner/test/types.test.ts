// Type tests for the generated Stream entry, in both directions (`@ts-expect-error` fails the package's
// `tsc --noEmit` when the error disappears), plus what the runtime does for callers without types.
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  PartnerkitError,
  type SchemaPartnerToken,
  type SchemaScope,
  type StreamPartnerClientOptions,
  type components,
  createStreamPartnerClient,
  requestToken,
} from "../src/index.js";

type Credentials = Extract<NonNullable<StreamPartnerClientOptions["auth"]>, { clientId: string }>;

describe("baseUrl is required: the spec's server is a placeholder (stream-api.invalid)", () => {
  it("is part of the options type", () => {
    expectTypeOf<StreamPartnerClientOptions["baseUrl"]>().toEqualTypeOf<string>();
    const neverRun = () => {
      // @ts-expect-error no options at all
      createStreamPartnerClient();
      // @ts-expect-error options without baseUrl
      createStreamPartnerClient({ auth: { token: "t" } });
    };
    void neverRun;
  });

  it("fails at creation, before any request, with a message that says to pass baseUrl", () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    // What a JavaScript caller (no types) can still do.
    const untyped = createStreamPartnerClient as (options?: object) => unknown;
    let error: unknown;
    try {
      untyped({ auth: { token: "t" }, fetch });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PartnerkitError);
    expect(error).toMatchObject({ code: "invalid_configuration" });
    expect((error as Error).message).toMatch(/no default base URL .*stream-api\.invalid.*pass baseUrl/);
    expect(fetch).not.toHaveBeenCalled();
    expect(() => untyped()).toThrow(/pass baseUrl/);
  });

  it("works with baseUrl", () => {
    expect(createStreamPartnerClient({ baseUrl: "http://127.0.0.1:9/" }).baseUrl).toBe("http://127.0.0.1:9");
  });
});

describe("auth scopes are the spec's enum", () => {
  it("types scopes from the OAuth flow (the Scope schema's values)", () => {
    expectTypeOf<NonNullable<Credentials["scopes"]>>().toEqualTypeOf<readonly SchemaScope[]>();
    expectTypeOf<SchemaScope>().toEqualTypeOf<"user" | "onboarding" | "legacy_onboarding" | "sso" | "billing">();
    createStreamPartnerClient({ baseUrl: "http://127.0.0.1:9", auth: { clientId: "c", clientSecret: "s", scopes: ["onboarding", "sso"] } });
  });

  it("refuses unknown scopes and credentials without a client id", () => {
    const neverRun = () => {
      // @ts-expect-error "onboard" is not a scope
      createStreamPartnerClient({ baseUrl: "http://127.0.0.1:9", auth: { clientId: "c", clientSecret: "s", scopes: ["onboard"] } });
      // @ts-expect-error the token endpoint authenticates the client in the body: clientId is required
      createStreamPartnerClient({ baseUrl: "http://127.0.0.1:9", auth: { clientSecret: "s" } });
      // @ts-expect-error misspelt option
      createStreamPartnerClient({ baseUrl: "http://127.0.0.1:9", throwOnErrors: true });
      void requestToken({ grant: "client_credentials", clientId: "c", clientSecret: "s", scopes: ["sso"] }, { tokenUrl: "http://127.0.0.1:9/oauth/token" });
      // @ts-expect-error requestToken takes the same scopes
      void requestToken({ grant: "client_credentials", clientId: "c", clientSecret: "s", scopes: ["everything"] });
    };
    void neverRun;
  });
});

describe("schema aliases", () => {
  it("are exported", () => {
    expectTypeOf<SchemaPartnerToken>().toEqualTypeOf<components["schemas"]["PartnerToken"]>();
  });
});
