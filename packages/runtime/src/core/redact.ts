export const REDACTED = "[REDACTED]";

/**
 * How many changing secrets (access tokens, rotated refresh tokens, values from a token function) a redactor keeps
 * besides the configured ones. A token function that mints a token per request would otherwise grow the set, and
 * the heap, without bound; 64 covers the tokens of many concurrent requests and a long history of refreshes.
 */
export const RECENT_SECRETS = 64;

// Matched against header names, JSON keys and query parameter names. Broad on purpose: masking a harmless
// field such as token_type costs nothing, leaking a credential costs a rotation.
const SENSITIVE_NAME = /authorization|cookie|token|secret|password|passwd|api[-_]?key|session|signature|credential/i;

// An Authorization value is remembered by its credential: scrubbing "abc" also covers "Bearer abc", and a token
// that the transport reports both ways is held once.
const AUTH_SCHEME = /^(?:bearer|basic|token)\s+(?=\S)/i;

// Shorter base64 fragments would match ordinary base64 text (ids, hashes) by chance.
const MIN_BASE64_FRAGMENT = 8;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/**
 * Remembers the secret values a client handles (client secret, refresh/access tokens, credential headers)
 * so they can be scrubbed from any text that came back from a server or an exception, whatever the key.
 *
 * Configured values (`add`) are kept for the redactor's life; changing ones (`addRecent`) only while they are among
 * the RECENT_SECRETS most recent. Each secret is also scrubbed in the forms it takes on the wire: percent-encoded
 * (query strings, form bodies), JSON-escaped, and inside base64 (HTTP Basic credentials `base64(id:secret)`).
 */
export class Redactor {
  // secret → the strings to scrub for it, longest first. Map order is the eviction order of the recent ones.
  readonly #kept = new Map<string, readonly string[]>();
  readonly #recent = new Map<string, readonly string[]>();

  /** A configured secret (client secret, static token, credential header value): kept for good. */
  add(secret: string | undefined | null): void {
    const value = normalise(secret);
    if (value === undefined || this.#kept.has(value)) return;
    const patterns = this.#recent.get(value) ?? patternsFor(value);
    this.#recent.delete(value);
    this.#kept.set(value, patterns);
  }

  /** A secret that changes over the client's life: kept while it is among the RECENT_SECRETS most recent ones. */
  addRecent(secret: string | undefined | null): void {
    const value = normalise(secret);
    if (value === undefined || this.#kept.has(value)) return;
    const patterns = this.#recent.get(value) ?? patternsFor(value);
    // Re-adding moves it to the newest end, so a secret still in use is not the next one evicted.
    this.#recent.delete(value);
    this.#recent.set(value, patterns);
    if (this.#recent.size > RECENT_SECRETS) this.#recent.delete(this.#recent.keys().next().value!);
  }

  /** How many secrets are held (each with at most a handful of encoded forms). */
  get size(): number {
    return this.#kept.size + this.#recent.size;
  }

  scrub(text: string): string {
    for (const patterns of this.#kept.values()) text = replaceAll(text, patterns);
    for (const patterns of this.#recent.values()) text = replaceAll(text, patterns);
    return text;
  }

  /** Deep copy of a parsed body with sensitive keys masked and known secret values scrubbed. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.scrub(value);
    if (value === null || typeof value !== "object" || depth > 20) return value;
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSensitiveName(k) && v != null && v !== "" ? REDACTED : this.value(v, depth + 1);
    }
    return out;
  }

  url(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return this.scrub(url);
    }
    if (parsed.username || parsed.password) {
      parsed.username = "";
      parsed.password = "";
    }
    for (const key of [...parsed.searchParams.keys()]) {
      if (isSensitiveName(key)) parsed.searchParams.set(key, REDACTED);
    }
    return this.scrub(parsed.toString());
  }

  headers(headers: Headers): Record<string, string> {
    const out: Record<string, string> = {};
    headers.forEach((v, k) => {
      out[k] = isSensitiveName(k) ? REDACTED : this.scrub(v);
    });
    return out;
  }

  /** A copy of response headers fit to keep on an error: sensitive names masked, known secrets scrubbed. */
  safeHeaders(headers: Headers): Headers {
    const out = new Headers();
    headers.forEach((v, k) => out.append(k, isSensitiveName(k) ? REDACTED : this.scrub(v)));
    return out;
  }
}

function normalise(secret: string | undefined | null): string | undefined {
  if (!secret) return undefined;
  const value = secret.replace(AUTH_SCHEME, "");
  // Very short values would shred ordinary text and are not worth guessing anyway.
  return value.length >= 4 ? value : undefined;
}

function replaceAll(text: string, patterns: readonly string[]): string {
  for (const p of patterns) if (text.includes(p)) text = text.split(p).join(REDACTED);
  return text;
}

function patternsFor(secret: string): readonly string[] {
  const percent = encodeURIComponent(secret);
  const forms = new Set([
    secret,
    percent,
    // application/x-www-form-urlencoded (URLSearchParams) differs from encodeURIComponent in a few characters.
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    ...base64Fragments(secret),
    // The token request's Basic credentials are base64(percent-encoded id ":" percent-encoded secret).
    ...(percent === secret ? [] : base64Fragments(percent)),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The part of base64(…secret…) that depends on the secret alone, for each of the three byte alignments the secret can
 * have inside the encoded data: whatever precedes it (say `client-id:`), this fragment appears in the encoding.
 */
function base64Fragments(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const out: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = btoa("\0".repeat(offset) + binary + "\0\0");
    // Character k holds bits 6k…6k+5; keep those that fall entirely within the secret's bits.
    const fragment = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (fragment.length >= MIN_BASE64_FRAGMENT) out.push(fragment);
  }
  return out;
}
