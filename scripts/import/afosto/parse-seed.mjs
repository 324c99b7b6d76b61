// Parses the Spectacle text rendering of Afosto's Swagger 2.0 document into a plain IR.
// Grammar and irregularities: ../shared/research/afosto-import.md (line numbers there refer to the seed).
// The parser only reads; it makes no judgement calls (those live in overrides.yaml / build-spec.mjs).

export const METHOD_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\/\S*)$/;
const PARAM_IN = /^in (path|query|header|formData)$/;
const DEF_TITLE = /^([A-Z]\w*):( object| array)?$/;
const SCOPE_NAME = /^([a-z0-9]+(:[a-z0-9]+)*)$/;
const REASONS = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content', 302: 'Found',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};
export const reasonPhrase = (code) => REASONS[code];
const STATUS_LINE = /^(\d{3}) (.+)$/;
const RESPONSE_BLOCK = /^Response (Example|Headers) \((\d{3}) [^)]*\)$/;
// `name: datatype[ (format)][ tail]`; the datatype vocabulary is closed, which keeps prose like "Note: x" out.
const PROPERTY_LINE = /^([A-Za-z_$@][\w.$@-]*): ((?:string|integer|number|boolean|object|array|file|[A-Z]\w*)(?:\[\])?(?: \([^)]*\))?(?: .*)?)$/;
const DATATYPE_LINE = /^(?:string|integer|number|boolean|object|array|file|[A-Z]\w*)(?: \([^)]*\))?$/;

const isStatusLine = (line) => {
  const m = STATUS_LINE.exec(line);
  return Boolean(m && REASONS[m[1]] === m[2]);
};

/** Reads one JSON value starting at lines[start]; returns { value, end } with end = index after it. */
export function readJsonBlock(lines, start) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let text = '';
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    text += (i === start ? '' : '\n') + line;
    for (const ch of line) {
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
    }
    if (depth === 0 && !inString) return { value: JSON.parse(text), end: i + 1 };
  }
  throw new Error(`unterminated JSON block at line ${start + 1}`);
}

/**
 * `string (uuid) a, b c` -> { type, isArray, format, enum, default, tail }.
 * Spectacle prints an enum as "a, b" and a default after it, separated by a space, so
 * "1, 0 0" is enum [1, 0] + default 0. A single token ("25", "in") is ambiguous and kept as `single`.
 */
export function parseDatatype(text) {
  const m = /^(\w+)(\[\])?(?: \(([^)]*)\))?(?: (.*))?$/.exec(text);
  if (!m) throw new Error(`bad datatype: ${text}`);
  const out = { type: m[1], isArray: Boolean(m[2]) };
  if (m[3] !== undefined) out.format = m[3];
  const tail = m[4];
  if (tail !== undefined && tail !== '') {
    out.tail = tail;
    const parts = tail.split(', ');
    if (parts.length > 1) {
      const last = parts.at(-1).split(' ');
      parts[parts.length - 1] = last[0];
      out.enum = parts;
      if (last.length > 1) out.default = last.slice(1).join(' ');
    } else if (tail.includes(' ')) {
      // one enum value plus a default ("x y") -- not seen in the seed, but keep the split explicit
      const [value, ...rest] = tail.split(' ');
      out.enum = [value];
      out.default = rest.join(' ');
    } else {
      out.single = tail;
    }
  }
  return out;
}

/**
 * Property lines (definitions and inline bodies) -> flat entries. An array's item datatype sits on the
 * line after the property (after its description, if any); nested inline objects are NOT indented, so
 * nesting is recovered later by aligning with the Example JSON (align.mjs in build-spec).
 */
export function parsePropertyLines(lines) {
  const entries = [];
  const lead = { text: [], itemsLine: undefined }; // text and bare datatype before the first property
  let cur = null;
  let para = [];
  const flush = () => {
    if (!para.length) return;
    const text = para.join(' ');
    (cur ? (cur.description ??= []) : lead.text).push(text);
    para = [];
  };
  for (const line of lines) {
    if (line === '') { flush(); continue; }
    const pm = PROPERTY_LINE.exec(line);
    if (pm) {
      flush();
      cur = { name: pm[1], ...parseDatatype(pm[2]) };
      entries.push(cur);
      continue;
    }
    if (DATATYPE_LINE.test(line)) {
      if (cur && cur.itemsLine === undefined && (cur.isArray || /^[A-Z]/.test(cur.type)) && !para.length) {
        flush();
        cur.itemsLine = parseDatatype(line);
        continue;
      }
      if (!cur && lead.itemsLine === undefined) {
        flush();
        lead.itemsLine = parseDatatype(line);
        continue;
      }
    }
    para.push(line);
  }
  flush();
  for (const e of entries) if (e.description) e.description = e.description.join('\n\n');
  return { entries, lead };
}

export const isPropertyLine = (line) => PROPERTY_LINE.test(line);
export const isDatatypeLine = (line) => DATATYPE_LINE.test(line);

export function paragraphs(lines) {
  const out = [];
  let cur = [];
  for (const l of lines) {
    if (l === '') { if (cur.length) out.push(cur); cur = []; } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

function parseHeader(lines, end) {
  const title = lines[0].replace(/ API Reference$/, '');
  const endpointAt = lines.indexOf('API Endpoint');
  const description = paragraphs(lines.slice(1, endpointAt)).map((p) => p.join(' '));
  const info = { title, description, server: lines[endpointAt + 1] };
  let i = endpointAt + 2;
  for (; i < end && lines[i] !== ''; i++) {
    const m = /^([^:]+): (.*)$/.exec(lines[i]);
    if (m) info[m[1]] = m[2];
  }
  // "Authentication" heading, then the security definition name, its description, then key/value lines.
  while (lines[i] !== 'Authentication') i++;
  i++;
  while (lines[i] === '') i++;
  const security = { name: lines[i++], fields: {}, scopes: [] };
  while (lines[i] === '') i++;
  security.description = lines[i++];
  while (lines[i] === '') i++;
  while (lines[i] !== 'scopes') { security.fields[lines[i]] = lines[i + 1]; i += 2; }
  i++;
  // Scopes are name / blank / description; the list ends at the first line that is not a scope name.
  while (i < end) {
    while (lines[i] === '') i++;
    if (!SCOPE_NAME.test(lines[i]) && !['email', 'openid', 'profile'].includes(lines[i])) break;
    const name = lines[i++];
    while (lines[i] === '') i++;
    security.scopes.push({ name, description: lines[i++] });
  }
  return { info, security, end: i };
}

function parseOperation(lines, methodAt, regionEnd) {
  const [, method, path] = METHOD_LINE.exec(lines[methodAt]);
  let s = methodAt - 1;
  while (lines[s] === '') s--;
  const op = {
    method, path, summary: lines[s], line: methodAt + 1,
    preamble: [], parameters: [], statuses: [], examples: {}, responseHeaders: {},
  };
  // The operation ends with its last Response Example; anything after it is the next tag's heading material.
  let last = -1;
  for (let i = methodAt; i < regionEnd; i++) if (RESPONSE_BLOCK.test(lines[i])) last = i;
  if (last < 0) throw new Error(`operation without response blocks at line ${methodAt + 1}`);
  let end = /^Response Example/.test(lines[last]) ? readJsonBlock(lines, last + 1).end : regionEnd;
  op.headingAfter = lines.slice(end, regionEnd).filter((l) => l !== '');

  let sink = op.preamble; // where free text goes: preamble, a parameter, a status, or the floating text
  const floating = [];
  for (let i = methodAt + 1; i < end; i++) {
    const line = lines[i];
    if (line === '') { sink.push(''); continue; }
    if (PARAM_IN.test(lines[i + 1] ?? '')) {
      const m = /^([^:]+): (.*)$/.exec(line);
      const param = { name: m[1], in: PARAM_IN.exec(lines[i + 1])[1], ...parseDatatype(m[2]), text: [] };
      op.parameters.push(param);
      sink = param.text;
      i++;
      continue;
    }
    let m;
    if ((m = /^(Request|Response) Content-Types: (.*)$/.exec(line))) {
      op[m[1] === 'Request' ? 'consumes' : 'produces'] = m[2].split(', ');
      continue;
    }
    if (line === 'Request Example') {
      const block = readJsonBlock(lines, i + 1);
      op.requestExample = block.value;
      i = block.end - 1;
      sink = floating;
      continue;
    }
    if (isStatusLine(line)) {
      const status = { code: Number(line.slice(0, 3)), text: [] };
      op.statuses.push(status);
      sink = status.text;
      continue;
    }
    if ((m = RESPONSE_BLOCK.exec(line))) {
      const code = Number(m[2]);
      if (m[1] === 'Example') {
        const block = readJsonBlock(lines, i + 1);
        op.examples[code] = block.value;
        i = block.end - 1;
      } else {
        const rows = [];
        let j = i + 1;
        while (j < end && !RESPONSE_BLOCK.test(lines[j])) {
          rows.push({ name: lines[j], description: lines[j + 2], type: lines[j + 4] });
          j += 5;
        }
        op.responseHeaders[code] = rows;
        i = j - 1;
      }
      sink = [];
      continue;
    }
    sink.push(line);
  }
  op.floating = paragraphs(floating).map((p) => p.join(' '));
  for (const p of op.parameters) {
    p.description = paragraphs(p.text).map((x) => x.join(' '));
    delete p.text;
  }
  for (const st of op.statuses) {
    // status text: description paragraph(s), then optionally "type" + datatype line
    const paras = paragraphs(st.text);
    const flat = paras.flat();
    const t = flat.indexOf('type');
    st.description = (t >= 0 ? flat.slice(0, t) : flat).join(' ');
    if (t >= 0) st.typeRow = flat[t + 1] ?? null;
    delete st.text;
  }
  return { op, end };
}

function parseDefinitions(lines, start) {
  const defs = [];
  let cur = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const t = DEF_TITLE.exec(line);
    if (t && lines[i + 1] === '' && !(cur && cur.inExample)) {
      cur = { name: t[1], type: t[2] ? t[2].trim() : null, line: i + 1, body: [] };
      defs.push(cur);
      i++;
      continue;
    }
    if (!cur) continue;
    if (line === 'Example') {
      const block = readJsonBlock(lines, i + 1);
      cur.example = block.value;
      i = block.end - 1;
      continue;
    }
    cur.body.push(line);
  }
  for (const d of defs) {
    const { entries, lead } = parsePropertyLines(d.body);
    d.entries = entries;
    d.lead = lead;
    d.description = lead.text.join('\n\n') || undefined;
    delete d.body;
  }
  return defs;
}

/** seed text -> { info, security, renders, operations (unique, by first render), definitions } */
export function parseSeed(text) {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const defsAt = lines.indexOf('Schema Definitions');
  if (defsAt < 0) throw new Error('no "Schema Definitions" section');
  const methodLines = [];
  for (let i = 0; i < defsAt; i++) if (METHOD_LINE.test(lines[i])) methodLines.push(i);
  const firstSummary = (i) => { let s = i - 1; while (lines[s] === '') s--; return s; };
  const header = parseHeader(lines, methodLines.length ? firstSummary(methodLines[0]) : defsAt);

  const renders = [];
  for (let k = 0; k < methodLines.length; k++) {
    const regionEnd = k + 1 < methodLines.length ? firstSummary(methodLines[k + 1]) : defsAt;
    renders.push(parseOperation(lines, methodLines[k], regionEnd).op);
  }
  const byKey = new Map();
  const duplicates = [];
  // A multi-tag operation is rendered once per tag; only the surrounding heading lines may differ.
  const content = ({ line, headingAfter, summary, ...rest }) => JSON.stringify(rest);
  for (const r of renders) {
    const key = `${r.method} ${r.path}`;
    const first = byKey.get(key);
    if (first) duplicates.push({ key, first: first.line, again: r.line, identical: content(first) === content(r) });
    else byKey.set(key, r);
  }
  return {
    info: header.info,
    security: header.security,
    renders,
    duplicates,
    operations: [...byKey.values()],
    definitions: parseDefinitions(lines, defsAt + 1),
  };
}
