// Builds one minimal valid request per operation of an OpenAPI 3.1 document: required path/query/header
// parameters and the request body filled from their schemas. The basis of table-driven contract tests
// (Afosto's 544 operations) and of the importer's smoke test. Plain JS so scripts/ can use it on Node 20.

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const FORMAT_SAMPLES = {
  uuid: '00000000-0000-4000-8000-000000000000',
  'date-time': '2021-01-01T00:00:00Z',
  date: '2021-01-01',
  uri: 'https://example.com/',
  email: 'user@example.org',
};

export function resolveRef(doc, node) {
  let n = node;
  const seen = new Set();
  while (n && n.$ref) {
    if (seen.has(n.$ref)) throw new Error(`circular $ref ${n.$ref}`);
    seen.add(n.$ref);
    n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return n;
}

/** The smallest value the schema accepts: documented values first, then empty containers. */
export function sampleValue(doc, schema) {
  const s = resolveRef(doc, schema) ?? {};
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.examples?.length) return s.examples[0];
  switch (s.type) {
    case 'string': return FORMAT_SAMPLES[s.format] ?? 'x';
    case 'integer':
    case 'number': return 1;
    case 'boolean': return true;
    case 'array': return s.minItems ? Array.from({ length: s.minItems }, () => sampleValue(doc, s.items)) : [];
    case 'object':
    default: {
      const out = {};
      for (const name of s.required ?? []) out[name] = sampleValue(doc, s.properties?.[name] ?? {});
      return out;
    }
  }
}

/** The success status Prism answers with by default: the lowest 2xx, else the lowest code below 400. */
export function expectedStatus(op) {
  const codes = Object.keys(op.responses).map(Number).filter((c) => c < 400).sort((a, b) => a - b);
  return codes.find((c) => c >= 200 && c < 300) ?? codes[0];
}

/**
 * @returns {Array<{operationId, method, pathTemplate, path, pathParams, query, headers, body?, contentType?, status, tag}>}
 * `path` has its parameters filled and URL-encoded; `query` is a plain object; `body` is JSON-ready
 * (or, for multipart/form-data, an object of field -> { filename, type, content }).
 */
export function sampleRequests(doc) {
  const out = [];
  for (const [pathTemplate, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(doc, p));
      const query = {};
      const headers = {};
      const pathParams = {};
      let path = pathTemplate;
      for (const p of params) {
        if (p.in !== 'path' && !p.required) continue;
        const v = sampleValue(doc, p.schema);
        if (p.in === 'path') {
          pathParams[p.name] = v;
          path = path.replace(`{${p.name}}`, encodeURIComponent(String(v)));
        }
        else if (p.in === 'query') query[p.name] = v;
        else if (p.in === 'header') headers[p.name] = String(v);
      }
      const req = { operationId: op.operationId, tag: op.tags?.[0], method: method.toUpperCase(), pathTemplate, path, pathParams, query, headers, status: expectedStatus(op) };
      const rb = resolveRef(doc, op.requestBody);
      if (rb) {
        const [contentType, media] = Object.entries(rb.content)[0];
        req.contentType = contentType;
        if (contentType === 'multipart/form-data') {
          const s = resolveRef(doc, media.schema);
          req.body = {};
          for (const [name, prop] of Object.entries(s.properties ?? {})) {
            if (!(s.required ?? []).includes(name)) continue;
            const p = resolveRef(doc, prop);
            req.body[name] = p.contentMediaType
              ? { filename: `${name}.bin`, type: p.contentMediaType, content: 'x' }
              : { content: String(sampleValue(doc, p)) };
          }
        } else req.body = sampleValue(doc, media.schema);
      }
      out.push(req);
    }
  }
  return out;
}
