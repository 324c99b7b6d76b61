export const REDACTED = "[REDACTED]";

// Matched against header names, JSON keys and query parameter names. Broad on purpose: masking a harmless
// field such as token_type costs nothing, leaking a credential costs a rotation.
const SENSITIVE_NAME = /authorization|cookie|token|secret|password|passwd|api[-_]?key|session|signature|credential/i;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/**
 * Remembers the secret values a client handles (client secret, refresh/access tokens, credential headers)
 * so they can be scrubbed from any text that came back from a server or an exception, whatever the key.
 */
export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined | null): void {
    // Very short values would shred ordinary text and are not worth guessing anyway.
    if (secret && secret.length >= 4) this.#secrets.add(secret);
  }

  scrub(text: string): string {
    for (const secret of this.#secrets) {
      if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    }
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
}
