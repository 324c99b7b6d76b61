import { describe, expect, it } from "vitest";
import { PartnerkitError, ssoRedirectUrl } from "../src/index.js";

const token = "eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI3YzFlMmQ5YiJ9.Vq8nR2xT5mW0yL3kP6bJ9cF1dH4gZ7aS2eU0oI8tQwE";

describe("ssoRedirectUrl", () => {
  it("builds https://<domain>/redirect/sso?code=<token> from a host", () => {
    expect(ssoRedirectUrl("app.partner.example", token)).toBe(`https://app.partner.example/redirect/sso?code=${token}`);
  });

  it("accepts an https origin (with port or trailing slash) and the generateSSOSession body", () => {
    expect(ssoRedirectUrl("https://app.partner.example/", { sso_login_token: token })).toBe(`https://app.partner.example/redirect/sso?code=${token}`);
    expect(ssoRedirectUrl("app.partner.example:8443", token)).toBe(`https://app.partner.example:8443/redirect/sso?code=${token}`);
  });

  it("percent-encodes a token that is not URL-safe, so it round-trips", () => {
    const odd = "a+b/c=&d";
    const url = new URL(ssoRedirectUrl("app.partner.example", odd));
    expect(url.searchParams.get("code")).toBe(odd);
    expect([...url.searchParams.keys()]).toEqual(["code"]);
  });

  it.each([
    ["http://app.partner.example", /https/],
    ["javascript:alert(1)", /whiteLabelDomain/],
    ["ftp://app.partner.example", /https/],
    ["https://app.partner.example/login", /bare host/],
    ["app.partner.example/redirect", /bare host/],
    ["https://app.partner.example?next=/", /bare host/],
    ["https://user:pw@app.partner.example", /bare host/],
    ["https://app.partner.example#x", /bare host/],
    ["", /host name/],
    ["   ", /host name/],
    ["exa mple.com", /not a valid host/],
  ])("rejects the domain %j", (domain, message) => {
    expect(() => ssoRedirectUrl(domain, token)).toThrow(message);
  });

  it.each([[""], ["two words"], [undefined], [{}], [{ sso_login_token: 42 }]])("rejects the token %j without echoing it", (bad) => {
    let error: unknown;
    try {
      ssoRedirectUrl("app.partner.example", bad as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerkitError);
    expect(error).toMatchObject({ code: "invalid_configuration" });
    expect((error as Error).message).toMatch(/sso_login_token/);
    if (typeof bad === "string" && bad) expect((error as Error).message).not.toContain(bad);
  });

  it("never puts the token in an error about the domain", () => {
    expect(() => ssoRedirectUrl("http://app.partner.example", token)).toThrow(PartnerkitError);
    try {
      ssoRedirectUrl("http://app.partner.example", token);
    } catch (e) {
      expect((e as Error).message).not.toContain(token);
    }
  });
});
