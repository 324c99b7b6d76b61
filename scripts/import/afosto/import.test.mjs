// End-to-end checks of the importer (need ../shared) and of the committed spec (need only the repo).
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { runImport, defaultSeed, defaultFacts, defaultOut, overridesPath } from './import.mjs';
import { parseSeed } from './parse-seed.mjs';
import { sampleRequests } from '@partnerkit/testkit/sample-requests';

const SERVICES = ['cat', 'cnt', 'iam', 'int', 'lcs', 'mes', 'odr', 'qcq', 'rel', 'spl', 'tpl', 'wms'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
// A rendered type name or recursion marker. Bare "file" is left out: CntPdf.type documents the real value "file".
const SKELETON = /^(string|integer|number|boolean|object|array)( \([^)]*\))?$|^#\/definitions\//;

const inputs = existsSync(defaultSeed) && existsSync(defaultFacts);

describe.skipIf(!inputs)('importer on the seed (../shared seeds are maintainers\' input, absent from a clone)', () => {
  let first;
  beforeAll(() => { first = runImport(); });

  it('parses the rendering completely', () => {
    const ir = parseSeed(readFileSync(defaultSeed, 'utf8'));
    expect(ir.renders).toHaveLength(565);
    expect(ir.operations).toHaveLength(544);
    expect(ir.duplicates).toHaveLength(21);
    expect(ir.duplicates.every((d) => d.identical)).toBe(true);
    expect(ir.definitions).toHaveLength(581);
    expect(ir.security.scopes).toHaveLength(116);
    expect(ir.operations.reduce((n, o) => n + o.parameters.length, 0)).toBe(649);
    expect(ir.definitions.reduce((n, d) => n + d.entries.length, 0)).toBe(2957);
  });

  it('maps every array query parameter of the seed (`name: type[]`) to type: array', () => {
    const ir = parseSeed(readFileSync(defaultSeed, 'utf8'));
    const seedArrays = ir.operations.flatMap((o) => o.parameters.filter((p) => p.isArray).map((p) => `${o.method} ${o.path} ${p.in}:${p.name}`));
    expect(seedArrays).toEqual(['GET /cnt/suggest query:codes', 'GET /cnt/suggest query:models', 'GET /cnt/suggest query:namespaces']);
    const specArrays = Object.entries(first.doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).flatMap((m) =>
      (item[m].parameters ?? []).filter((p) => p.schema?.type === 'array').map((p) => `${m.toUpperCase()} ${path} ${p.in}:${p.name}`)));
    expect(specArrays).toEqual(seedArrays);
  });

  it('is deterministic', () => {
    expect(runImport().yaml).toBe(first.yaml);
  });

  it('matches the committed spec (nobody hand-edits it)', () => {
    expect(readFileSync(defaultOut, 'utf8')).toBe(first.yaml);
  });

  it('reports full fidelity', () => {
    const r = first.report;
    expect(r.operations).toMatchObject({ spec: 544, seedUnique: 544, seedRenders: 565, missing: [] });
    expect(r.definitions).toMatchObject({ spec: 581, seed: 581 });
    expect(r.scopes).toEqual({ spec: 116, seed: 116 });
    expect(r.properties.seedPropertyLines).toBe(2957);
    expect(r.properties.schemasWithMismatch).toBe(0);
    expect(r.properties.lineOnly).toBe(66); // trailing properties of truncated examples, restored
    expect(r.properties.vsClient.schemasDiffering).toBe(0);
    expect(r.parameters.requiredQuery).toBe(17);
    expect(r.parameters.arrayQuery).toBe(3);
    expect(r.bodyExamples.differs).toEqual([]);
    expect(r.judgementCalls.unused).toEqual([]);
  });

  it('counts every overrides entry as a judgement call', () => {
    const o = parseYaml(readFileSync(overridesPath, 'utf8'));
    const entries = Object.values(o).reduce((n, section) => n + Object.keys(section ?? {}).length, 0);
    expect(first.report.judgementCalls.total).toBe(entries);
  });
});

describe('committed spec', () => {
  const doc = parseYaml(readFileSync(defaultOut, 'utf8'));
  const ops = Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] })));

  it('has 544 operations with unique operationIds, each tagged with its service', () => {
    expect(ops).toHaveLength(544);
    expect(new Set(ops.map((o) => o.op.operationId)).size).toBe(544);
    expect(doc.tags.map((t) => t.name)).toEqual(SERVICES);
    for (const { path, op } of ops) expect(op.tags).toEqual([path.split('/')[1]]);
  });

  it('has no example or default that is a rendered type skeleton', () => {
    const hits = [];
    const leaves = (v, where) => {
      if (typeof v === 'string' && SKELETON.test(v)) hits.push(`${where}: ${v}`);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, `${where}/${k}`);
    };
    const walk = (n, where) => {
      if (!n || typeof n !== 'object') return;
      for (const [k, v] of Object.entries(n)) {
        if (k === 'example' || k === 'examples' || k === 'default') leaves(v, `${where}/${k}`);
        else walk(v, `${where}/${k}`);
      }
    };
    walk(doc, '');
    expect(hits).toEqual([]);
  });

  it('has the seed\'s 3 array query parameters as arrays, serialised as repeated keys', () => {
    const arrays = ops.flatMap(({ path, method, op }) => (op.parameters ?? []).filter((p) => p.schema?.type === 'array').map((p) => ({ where: `${method} ${path} ${p.in}:${p.name}`, p })));
    expect(arrays.map((a) => a.where)).toEqual(['get /cnt/suggest query:codes', 'get /cnt/suggest query:models', 'get /cnt/suggest query:namespaces']);
    for (const { p } of arrays) expect(p).toMatchObject({ style: 'form', explode: true, schema: { items: { type: 'string' } }, 'x-provenance': 'inferred' });
  });

  it('declares no content on a 204 response (HTTP forbids it); the two the vendor documents with a body say so', () => {
    const with204 = ops.filter(({ op }) => op.responses['204']);
    expect(with204.length).toBeGreaterThan(50);
    for (const { op } of with204) expect(op.responses['204'].content).toBeUndefined();
    const marked = with204.filter(({ op }) => op.responses['204']['x-provenance'] === 'inferred').map(({ method, path }) => `${method} ${path}`);
    expect(marked.sort()).toEqual(['get /iam/profiles/{path}', 'put /lcs/lists/{id}/items']);
  });

  it('marks the inferred types and defaults of the shared pagination headers', () => {
    const { parameters, headers } = doc.components;
    for (const inferred of [parameters.XPage, parameters.XPageSize, headers.XPageSize, headers.XCount]) {
      expect(inferred['x-provenance']).toBe('inferred');
      expect(inferred['x-provenance-reason']).toMatch(/.{20,}/);
    }
  });

  it('marks paginated operations for the runtime', () => {
    const paginated = ops.filter(({ op }) => op.parameters?.some((p) => p.$ref === '#/components/parameters/XPage'));
    expect(paginated.length).toBe(84);
    for (const { op } of paginated) expect(op['x-pagination']).toMatchObject({ style: 'header', pageHeader: 'x-page', pageSizeHeader: 'x-page-size' });
  });

  it('yields a sample request for every operation', () => {
    const reqs = sampleRequests(doc);
    expect(reqs).toHaveLength(544);
    for (const r of reqs) {
      expect(r.path).not.toMatch(/[{}]/);
      expect(r.status).toBeGreaterThanOrEqual(200);
    }
    const barcode = reqs.find((r) => r.pathTemplate === '/cnt/barcode');
    expect(barcode.query).toMatchObject({ t: 'ean', v: 'x' });
  });
});
