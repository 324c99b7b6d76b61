// Hand-written helpers for Stream Partner, re-exported from the package entry by scripts/generate.mjs.
export { ssoRedirectUrl, type SsoSessionLike } from "./sso.js";
