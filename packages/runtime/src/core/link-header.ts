// RFC 8288 Link header parsing. Written here because no tiny, maintained parser is among the allowed
// dependencies; it is lenient and never throws, whatever the server sends.

export interface LinkValue {
  /** Target as written between `<` and `>` (not resolved). */
  uri: string;
  /** Relation types, lower-cased (`rel="next last"` gives ["next", "last"]). */
  rel: string[];
  /** Other parameters, names lower-cased; the first occurrence of a name wins (RFC 8288 §3). */
  params: Record<string, string>;
}

const WS = new Set([" ", "\t", "\r", "\n"]);
const TOKEN_END = new Set([" ", "\t", "\r", "\n", ";", ",", "=", '"']);

export function parseLinkHeader(header: string | null | undefined): LinkValue[] {
  const links: LinkValue[] = [];
  if (typeof header !== "string") return links;
  const s = header;
  const n = s.length;
  let i = 0;

  const skipWs = () => {
    while (i < n && WS.has(s[i]!)) i++;
  };
  // Recovery: jump past the next comma that is not inside a quoted string.
  const skipToComma = () => {
    let quoted = false;
    for (; i < n; i++) {
      const c = s[i];
      if (quoted && c === "\\") i++;
      else if (c === '"') quoted = !quoted;
      else if (c === "," && !quoted) break;
    }
  };
  const readToken = () => {
    const start = i;
    while (i < n && !TOKEN_END.has(s[i]!)) i++;
    return s.slice(start, i);
  };
  const readQuoted = () => {
    let out = "";
    i++; // opening quote
    for (; i < n; i++) {
      const c = s[i]!;
      if (c === "\\" && i + 1 < n) out += s[++i];
      else if (c === '"') {
        i++;
        return out;
      } else out += c;
    }
    return out;
  };

  while (i < n) {
    while (i < n && (s[i] === "," || WS.has(s[i]!))) i++;
    if (i >= n) break;
    if (s[i] !== "<") {
      skipToComma();
      continue;
    }
    const end = s.indexOf(">", i + 1);
    if (end < 0) break;
    const link: LinkValue = { uri: s.slice(i + 1, end).trim(), rel: [], params: {} };
    let relSeen = false;
    i = end + 1;
    for (;;) {
      skipWs();
      if (i >= n || s[i] === ",") break;
      if (s[i] !== ";") {
        skipToComma();
        break;
      }
      i++;
      skipWs();
      const name = readToken().toLowerCase();
      skipWs();
      let value = "";
      if (s[i] === "=") {
        i++;
        skipWs();
        value = s[i] === '"' ? readQuoted() : readToken();
      }
      if (!name) continue;
      if (name === "rel") {
        if (!relSeen) link.rel = value.toLowerCase().split(/[ \t]+/).filter(Boolean);
        relSeen = true;
      } else if (!Object.hasOwn(link.params, name)) {
        // defineProperty: a parameter named "__proto__" must stay data, not swap the object's prototype.
        Object.defineProperty(link.params, name, { value, enumerable: true, writable: true, configurable: true });
      }
    }
    links.push(link);
  }
  return links;
}

/** Formats links as one header value; parameter values are always quoted. Inverse of parseLinkHeader. */
export function formatLinkHeader(links: readonly LinkValue[]): string {
  const quote = (v: string) => `"${v.replace(/["\\]/g, "\\$&")}"`;
  return links
    .map((l) => {
      let out = `<${l.uri}>`;
      if (l.rel.length) out += `; rel=${quote(l.rel.join(" "))}`;
      for (const [k, v] of Object.entries(l.params)) out += `; ${k}=${quote(v)}`;
      return out;
    })
    .join(", ");
}

/** Absolute URL of the first link with the given relation, resolved against `base`; undefined if absent or unusable. */
export function findLinkUrl(header: string | null | undefined, rel: string, base?: string): string | undefined {
  const wanted = rel.toLowerCase();
  for (const link of parseLinkHeader(header)) {
    if (!link.rel.includes(wanted)) continue;
    try {
      return new URL(link.uri, base).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}
