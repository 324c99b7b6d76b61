import { PartnerkitError } from "@partnerkit/runtime";

/** The body of a successful `generateSSOSession` call (only the field this helper reads). */
export interface SsoSessionLike {
  sso_login_token: string;
}

/**
 * Builds the white-label login link `https://<whiteLabelDomain>/redirect/sso?code=<sso_login_token>` for a token
 * returned by `POST /white-label/generate-session` (`generateSSOSession`).
 *
 * **The link is single-use.** Stream redeems the token on the first visit; opening the same link again fails with
 * the error code `sso_token_redeemed`. Generate a fresh session for every login (for example behind an authenticated
 * "Open Stream" button in your own portal), redirect the browser straight away, and never cache, log, e-mail or share
 * the link. Stream does not publish how long an unused token stays valid, so do not generate it ahead of time.
 *
 * Call `generateSSOSession` on your server: it needs your API client's credentials, which must never reach a browser.
 * This helper takes no credentials and puts nothing but the login token into the URL.
 *
 * @param whiteLabelDomain Your white-label domain, as a host (`app.partner.example`, optionally with a port) or an
 *   `https://` origin. Paths, query strings, fragments, user info and non-https schemes are rejected.
 * @param session The `sso_login_token`, or the whole `generateSSOSession` response body.
 * @throws PartnerkitError (code `invalid_configuration`) when either argument is unusable. The message never
 *   contains the token.
 */
export function ssoRedirectUrl(whiteLabelDomain: string, session: string | SsoSessionLike): string {
  const token = typeof session === "string" ? session : session?.sso_login_token;
  if (typeof token !== "string" || token.length === 0 || /\s/.test(token)) {
    throw invalid("sso_login_token must be a non-empty string without whitespace");
  }

  if (typeof whiteLabelDomain !== "string" || whiteLabelDomain.trim() === "") {
    throw invalid("whiteLabelDomain must be a host name such as app.partner.example");
  }
  const input = whiteLabelDomain.trim();
  let origin: URL;
  try {
    // "host:port" also looks like "scheme:…", so only "scheme://" counts as a URL.
    origin = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(input) ? input : `https://${input}`);
  } catch {
    throw invalid(`whiteLabelDomain is not a valid host: ${JSON.stringify(input)}`);
  }
  // A token in a plain-http link could be read on the way; anything beyond the origin would be silently dropped or,
  // worse, could point the browser somewhere the partner did not mean.
  if (origin.protocol !== "https:") throw invalid(`whiteLabelDomain must use https, got ${origin.protocol}`);
  if (origin.username || origin.password || origin.pathname !== "/" || origin.search || origin.hash || input.endsWith("?") || input.endsWith("#")) {
    throw invalid(`whiteLabelDomain must be a bare host or origin, got ${JSON.stringify(input)}`);
  }

  const url = new URL("/redirect/sso", origin);
  url.searchParams.set("code", token);
  return url.href;
}

function invalid(message: string): PartnerkitError {
  return new PartnerkitError(`ssoRedirectUrl: ${message}`, { code: "invalid_configuration" });
}
