// Joined IR + overrides -> OpenAPI 3.1 document (a plain object; import.mjs serialises it).
// Every judgement call is read from overrides.yaml; `calls` records which entries were used so the
// report can count them and fail on stale ones.
import { SchemaBuilder, refTo, isPlainObject } from './schemas.mjs';
import { parsePropertyLines, isPropertyLine, isDatatypeLine, paragraphs, reasonPhrase } from './parse-seed.mjs';
import { opKey, factsParam } from './join-facts.mjs';

const ERROR_RESPONSES = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict',
  500: 'InternalServerError', 503: 'ServiceUnavailable',
};
const METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const pascal = (s) => s[0].toUpperCase() + s.slice(1);
const sortObject = (o, cmp) => Object.fromEntries(Object.entries(o).sort(cmp ?? (([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));


class Calls {
  constructor(overrides) { this.overrides = overrides; this.used = new Set(); }
  /** Looks up overrides[section][key]; marks it used. */
  get(section, key) {
    const v = this.overrides[section]?.[key];
    if (v !== undefined) this.used.add(`${section}/${key}`);
    return v;
  }
  rule(name) {
    const r = this.overrides.rules[name];
    if (r === undefined) throw new Error(`overrides.yaml has no rule ${name}`);
    this.used.add(`rules/${name}`);
    return r.value;
  }
  all() {
    const out = [];
    for (const [section, entries] of Object.entries(this.overrides)) for (const key of Object.keys(entries ?? {})) out.push(`${section}/${key}`);
    return out;
  }
  unused() { return this.all().filter((k) => !this.used.has(k)); }
}

export function buildSpec(ir, overrides) {
  const calls = new Calls(overrides);
  const defNames = new Set(ir.definitions.map((d) => d.name));
  const definitionExamples = new Map(ir.definitions.map((d) => [d.name, d.example]));
  const arrayDefByItemModel = new Map();
  for (const m of ir.models.values()) if (m.origin === 'item_of_seed_array_definition') arrayDefByItemModel.set(m.name, m.seed_array_item_of);

  const tails = { decided: {} };
  const resolveTail = (where, dt, factsProp) => {
    const out = {};
    if (dt.enum) { out.enum = dt.enum; if (dt.default !== undefined) out.default = dt.default; return out; }
    if (dt.single === undefined) return out;
    const o = calls.get('tails', where);
    let how = o?.as;
    if (!how && factsProp?.has_default && String(factsProp.default) === dt.single) how = 'default';
    if (!how && ['boolean', 'integer', 'number'].includes(dt.type)) how = calls.rule('nonStringSingleToken');
    how ??= calls.rule('unconfirmedStringSingleToken');
    tails.decided[how] = (tails.decided[how] ?? 0) + 1;
    if (how === 'default') out.default = dt.single;
    else if (how === 'enum') out.enum = [dt.single];
    else if (how === 'examples') out.examples = [dt.single];
    else if (how === 'null-default') out.nullDefault = true;
    else throw new Error(`${where}: unknown tail decision ${how}`);
    return out;
  };

  const sb = new SchemaBuilder({
    definitions: defNames, definitionExamples, factsModels: ir.models, formatMap: overrides.formats, resolveTail, arrayDefByItemModel,
  });

  // ---- components.schemas: every seed definition
  const schemas = {};
  const propertyCounts = {};
  for (const d of ir.definitions) {
    const patch = calls.get('definitions', d.name);
    let schema = sb.fromEntries(d, d.example, d.name, ir.models.get(d.name), d.type === 'array' ? 'array' : 'object');
    if (d.type === null) delete schema.type; // the seed shows no type for these definitions; don't invent one
    if (patch?.properties) {
      for (const [prop, p] of Object.entries(patch.properties)) {
        schema.properties ??= {};
        schema.properties[prop] = { ...(schema.properties[prop] ?? {}), ...p.schema };
      }
    }
    if (patch?.schema) schema = { ...schema, ...patch.schema };
    if (d.description) schema = { description: d.description, ...schema };
    schemas[d.name] = schema;
    propertyCounts[d.name] = {
      seedLines: d.entries.length,
      seedExampleKeys: isPlainObject(d.example) ? Object.keys(d.example).length : 0,
      spec: Object.keys(schema.properties ?? schema.items?.properties ?? {}).length,
    };
  }
  const inlineNames = new Set();
  const addInline = (name, schema) => {
    if (schemas[name] || inlineNames.has(name)) throw new Error(`component name collision: ${name}`);
    inlineNames.add(name);
    schemas[name] = schema;
    return refTo(name);
  };

  // ---- shared parameters and headers
  const parameters = overrides.pagination.parameters;
  calls.rule('paginationParameters');
  const headers = overrides.responseHeaders.components;
  calls.rule('responseHeaders');

  const responses = {};
  const errorResponse = (code, asList) => {
    const base = ERROR_RESPONSES[code];
    if (!base) throw new Error(`no shared response for ${code}`);
    const name = asList ? `${base}List` : base;
    if (!responses[name]) {
      responses[name] = {
        description: reasonPhrase(code),
        content: { 'application/json': { schema: asList ? { type: 'array', items: refTo('Error') } : refTo('Error') } },
      };
    }
    return { $ref: `#/components/responses/${name}` };
  };

  // ---- operations
  const paths = {};
  const stats = {
    operations: 0, droppedHeaders: [], bodies: { ref: 0, inline: 0, none: 0, dropped: 0 },
    bodyExampleAgreement: { exact: 0, subset: 0, differs: [] }, successSchemas: { ref: 0, inline: 0, none: 0 },
    paginated: 0, requiredQuery: 0, arrayQuery: 0, noContentBodies: 0,
  };
  for (const op of ir.operations) {
    const key = opKey(op.method, op.path);
    const f = op.facts;
    const opId = f.operationId;
    const o = { operationId: opId, summary: op.summary, tags: [f.service] };
    const opOverride = calls.get('operations', key) ?? {};

    // description / body text / inline body lines share the "preamble" before the first parameter
    const pre = paragraphs(op.preamble.filter((l) => l !== 'undefined'));
    const schemaStart = pre.findIndex((para) => isPropertyLine(para[0]) || (isDatatypeLine(para[0]) && (para.length > 1 || f.request_body)));
    const textParas = (schemaStart < 0 ? pre : pre.slice(0, schemaStart)).map((x) => x.join(' '));
    let description = f.request_body && textParas.length > 1 ? textParas.slice(0, 1) : textParas;
    let bodyText = f.request_body && textParas.length > 1 ? textParas.slice(1).join('\n\n') : undefined;

    // success description: from its status line, or where the rendering let it float (see research 2.3.1)
    const statuses = new Map(op.statuses.map((s) => [s.code, s]));
    let floatingSuccess = op.floating[0];
    const lastParam = op.parameters.at(-1);
    if (!op.statuses.some((s) => s.code < 400)) {
      if (!floatingSuccess && lastParam && lastParam.description.length > 1) floatingSuccess = lastParam.description.pop();
      if (!floatingSuccess && !lastParam && op.requestExample === undefined && description.length > 1) floatingSuccess = description.pop();
    }
    if (description.length) o.description = description.join('\n\n');

    // parameters
    const params = [];
    let paginated = false;
    for (const sp of op.parameters) {
      const fp = factsParam(op, sp);
      const lname = sp.name.toLowerCase();
      if (sp.in === 'header' && ['authorization', 'accept', 'content-type'].includes(lname)) {
        const why = calls.get('droppedHeaders', `${key} ${sp.name}`);
        if (!why) throw new Error(`${key}: header ${sp.name} needs a droppedHeaders entry`);
        stats.droppedHeaders.push(`${key} ${sp.name}`);
        continue;
      }
      if (sp.in === 'header' && (lname === 'x-page' || lname === 'x-page-size')) {
        params.push({ $ref: `#/components/parameters/${lname === 'x-page' ? 'XPage' : 'XPageSize'}` });
        if (lname === 'x-page') paginated = true;
        continue;
      }
      if (sp.in === 'formData') continue;
      const param = { name: sp.name, in: sp.in };
      const desc = sp.description.filter((d) => d !== '(no description)').join('\n\n');
      if (desc) param.description = desc;
      if (sp.in === 'path' || fp?.required) param.required = true;
      if (sp.in === 'query' && fp?.required) stats.requiredQuery++;
      if (sp.isArray !== (fp?.type === 'array')) throw new Error(`${key} ${sp.in}:${sp.name}: the seed and the client disagree on whether it is an array`);
      if (sp.isArray) {
        // `codes: string[]`: an array of the rendered item type, serialised as overrides.yaml decides
        if (sp.in !== 'query') throw new Error(`${key} ${sp.in}:${sp.name}: array parameters are only decided for the query`);
        const { style, explode } = calls.rule('arrayQueryParameters');
        Object.assign(param, { style, explode });
        param.schema = { type: 'array', items: sb.scalar({ ...sp, isArray: false }, `${key} ${sp.in}:${sp.name}[]`, fp) };
        param['x-provenance'] = 'inferred';
        param['x-provenance-reason'] = overrides.rules.arrayQueryParameters.provenance;
        stats.arrayQuery++;
      } else param.schema = sb.scalar(sp, `${key} ${sp.in}:${sp.name}`, fp);
      if (sp.in === 'path' && param.schema.default !== undefined) {
        // a path parameter is always sent, so its default documents the usual value only
        param.schema.examples = [param.schema.default];
        delete param.schema.default;
        calls.rule('pathParameterDefault');
      }
      params.push(param);
    }
    // path parameters in URI order, then the rest as rendered
    const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    params.sort((a, b) => {
      const ia = a.in === 'path' ? inPath.indexOf(a.name) : Infinity;
      const ib = b.in === 'path' ? inPath.indexOf(b.name) : Infinity;
      return ia - ib;
    });
    for (const name of inPath) if (!params.some((x) => x.in === 'path' && x.name === name)) throw new Error(`${key}: path parameter ${name} not declared`);
    if (params.length) o.parameters = params;

    // request body
    const rb = f.request_body;
    const bodyDecision = ['GET', 'DELETE'].includes(op.method) && rb ? calls.get('bodiesOnGetOrDelete', key) : undefined;
    if (['GET', 'DELETE'].includes(op.method) && rb && !bodyDecision) throw new Error(`${key}: body on ${op.method} needs a decision in overrides`);
    if (!rb) stats.bodies.none++;
    else if (bodyDecision?.action === 'drop') {
      stats.bodies.dropped++;
    } else if (rb.kind === 'form') {
      const fileParam = op.parameters.find((x) => x.in === 'formData');
      const schema = { type: 'object', properties: { [fileParam.name]: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: [fileParam.name] };
      o.requestBody = { required: true, content: { 'multipart/form-data': { schema: addInline(`${pascal(opId)}Body`, schema) } } };
      stats.bodies.inline++;
    } else {
      let schema;
      const model = rb.model ? ir.models.get(rb.model) : null;
      const bodyRef = opOverride.requestBodyRef;
      if (bodyRef) {
        if (JSON.stringify(definitionExamples.get(bodyRef)) !== JSON.stringify(op.requestExample)) throw new Error(`${key}: override requestBodyRef ${bodyRef} is not an exact example match`);
        schema = refTo(bodyRef);
        stats.bodies.ref++;
      } else if (model?.origin === 'seed_definition') {
        schema = rb.is_array ? { type: 'array', items: refTo(rb.model) } : refTo(rb.model);
        stats.bodies.ref++;
        const defEx = definitionExamples.get(rb.model);
        const want = rb.is_array ? [defEx] : defEx;
        if (JSON.stringify(want) === JSON.stringify(op.requestExample)) stats.bodyExampleAgreement.exact++;
        else if (isPlainObject(op.requestExample) && isPlainObject(defEx) && Object.keys(op.requestExample).every((k) => k in defEx)) stats.bodyExampleAgreement.subset++;
        else stats.bodyExampleAgreement.differs.push(key);
      } else {
        const lines = schemaStart < 0 ? [] : pre.slice(schemaStart).flatMap((x) => [...x, '']);
        const parsed = parsePropertyLines(lines);
        if (parsed.lead.text.length) bodyText = [bodyText, ...parsed.lead.text].filter(Boolean).join('\n\n');
        const kind = Array.isArray(op.requestExample) ? 'array' : 'object';
        const inline = sb.fromEntries(parsed, op.requestExample, `${opId}Body`, model, kind);
        schema = addInline(`${pascal(opId)}Body`, inline);
        stats.bodies.inline++;
      }
      o.requestBody = { content: { 'application/json': { schema } } };
      if (bodyText) o.requestBody.description = bodyText;
      if (bodyDecision) o.requestBody['x-body-on-' + op.method.toLowerCase()] = bodyDecision.why;
    }

    // responses
    const res = {};
    const successCodes = new Set(f.success_codes);
    for (const c of [...statuses.keys(), ...Object.keys(op.examples).map(Number)]) if (c < 400) successCodes.add(c);
    const withBody = [...successCodes].filter((c) => op.examples[c] !== undefined);
    for (const code of [...successCodes].sort()) {
      const st = statuses.get(code);
      const r = { description: st?.description || (code === f.success.status && floatingSuccess) || reasonPhrase(code) };
      const fr = f.responses.find((x) => x.status === code);
      let ex = op.examples[code];
      let schema;
      if (code === 204 && ex !== undefined) {
        if (!calls.get('noContentBodies', `${key} 204`)) throw new Error(`${key} 204: a body on 204 needs a noContentBodies entry`);
        r['x-provenance'] = 'inferred';
        r['x-provenance-reason'] = `The vendor shows a JSON example for this 204 response; HTTP forbids content in a 204, so none is declared.`;
        ex = undefined;
        stats.noContentBodies++;
      } else if (ex !== undefined) {
        const model = fr?.model ? ir.models.get(fr.model) : null;
        if (model?.origin === 'seed_definition') {
          schema = fr.is_array ? { type: 'array', items: refTo(fr.model) } : refTo(fr.model);
          stats.successSchemas.ref++;
        } else if (fr?.is_array && arrayDefByItemModel.has(fr.model) && JSON.stringify(ex) === JSON.stringify(definitionExamples.get(arrayDefByItemModel.get(fr.model)))) {
          schema = refTo(arrayDefByItemModel.get(fr.model));
          stats.successSchemas.ref++;
        } else {
          const itemModel = fr?.is_array && model ? model : null;
          const built = Array.isArray(ex)
            ? { type: 'array', items: ex.length ? sb.fromExample(ex[0], `${opId}Response[]`, itemModel ?? undefined) : {} }
            : sb.fromExample(ex, `${opId}Response`, model ?? undefined);
          schema = addInline(`${pascal(opId)}Response${withBody.length > 1 ? code : ''}`, built);
          stats.successSchemas.inline++;
        }
      } else if (fr?.kind === 'model' && fr.model && code !== 204) {
        throw new Error(`${key} ${code}: the client has a model but the seed shows no example`);
      }
      const media = op.produces ?? ['application/json'];
      if (schema) {
        r.content = Object.fromEntries(media.map((m) => [m, { schema }]));
      } else if (op.produces && !op.produces.includes('application/json') && code === f.success.status) {
        const binary = calls.get('binaryResponses', key);
        if (!binary) throw new Error(`${key}: non-JSON response needs a binaryResponses entry`);
        r.content = Object.fromEntries(media.map((m) => [m, { schema: { type: 'string', contentMediaType: m } }]));
      } else stats.successSchemas.none++;
      const hdrs = {};
      for (const row of op.responseHeaders[code] ?? []) {
        const h = overrides.responseHeaders.map[row.name.toLowerCase()];
        if (h === undefined) throw new Error(`${key}: unknown response header ${row.name}`);
        if (h === null) continue; // e.g. content-type: described by the media type instead
        hdrs[row.name.toLowerCase()] = { $ref: `#/components/headers/${h}` };
      }
      if (Object.keys(hdrs).length) r.headers = sortObject(hdrs);
      res[code] = r;
    }
    const errorCodes = new Set([...statuses.keys()].filter((c) => c >= 400));
    for (const code of [...errorCodes].sort()) {
      const ex = op.examples[code];
      if (ex === undefined) {
        const name = `${ERROR_RESPONSES[code]}NoBody`;
        responses[name] ??= { description: reasonPhrase(code) };
        res[code] = { $ref: `#/components/responses/${name}` };
        calls.rule('errorWithoutExample');
      } else if (Array.isArray(ex)) {
        if (!calls.get('errorLists', `${key} ${code}`)) throw new Error(`${key} ${code}: [Error] needs an errorLists entry`);
        res[code] = errorResponse(code, true);
      } else res[code] = errorResponse(code, false);
    }
    o.responses = res;

    if (paginated) {
      stats.paginated++;
      const pag = { style: 'header', pageHeader: 'x-page', pageSizeHeader: 'x-page-size' };
      const items = calls.get('paginationItems', key);
      const success = res[f.success.status];
      const successSchema = success?.content?.['application/json']?.schema;
      const isBare = successSchema?.type === 'array' || (successSchema?.$ref && schemas[successSchema.$ref.split('/').pop()]?.type === 'array');
      if (items) pag.items = items;
      else if (!isBare && success?.content) throw new Error(`${key}: paginated envelope needs a paginationItems entry`);
      o['x-pagination'] = pag;
    }
    for (const [k, v] of Object.entries(opOverride.extensions ?? {})) o[k] = v;
    paths[op.path] ??= {};
    paths[op.path][op.method.toLowerCase()] = o;
    stats.operations++;
  }
  for (const [path, item] of Object.entries(paths)) paths[path] = sortObject(item, ([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));

  // ---- document
  const info = ir.info;
  const desc = [];
  for (const para of info.description) desc.push(['Introduction', 'Authentication'].includes(para) ? `## ${para}` : para);
  const sec = ir.security;
  const services = overrides.services;
  calls.rule('services');
  const usedServices = new Set(ir.operations.map((x) => x.facts.service));
  const doc = {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.Version,
      description: desc.join('\n\n'),
      contact: { email: info.Contact },
      license: overrides.info.license,
    },
    servers: [{ url: info.server }],
    security: [{ [sec.name]: [] }],
    tags: Object.keys(services).filter((s) => usedServices.has(s)).sort().map((name) => ({ name, description: services[name] })),
    'x-partnerkit': overrides.info['x-partnerkit'],
    paths: sortObject(paths),
    components: {
      schemas: sortObject(schemas),
      parameters,
      headers,
      responses: sortObject(responses),
      securitySchemes: {
        [sec.name]: {
          type: sec.fields.type,
          description: sec.description,
          flows: {
            [sec.fields.flow]: {
              authorizationUrl: sec.fields.authorizationUrl,
              scopes: sortObject(Object.fromEntries(sec.scopes.map((s) => [s.name, s.description]))),
            },
          },
        },
      },
    },
  };
  calls.used.add('info/license');
  calls.used.add('info/x-partnerkit');
  for (const k of ['formats', 'pagination', 'responseHeaders', 'services']) for (const e of Object.keys(overrides[k])) calls.used.add(`${k}/${e}`);
  if (!doc['x-partnerkit']) delete doc['x-partnerkit'];
  return { doc, stats: { ...stats, tails: tails.decided, schemaLog: sb.log, propertyCounts, inlineComponents: [...inlineNames].sort() }, calls };
}
