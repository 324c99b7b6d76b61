// Unit tests of the parser and schema builder on small inline snippets (no ../shared needed).
import { describe, it, expect } from 'vitest';
import { parseDatatype, readJsonBlock, parsePropertyLines, parseSeed } from './parse-seed.mjs';
import { SchemaBuilder, isSkeleton } from './schemas.mjs';

describe('parseDatatype', () => {
  it('splits type, format, enum and default', () => {
    expect(parseDatatype('string (uuid)')).toEqual({ type: 'string', isArray: false, format: 'uuid' });
    expect(parseDatatype('string 1, 0 0')).toMatchObject({ type: 'string', enum: ['1', '0'], default: '0' });
    expect(parseDatatype('string sms, email, fcm')).toMatchObject({ enum: ['sms', 'email', 'fcm'] });
    expect(parseDatatype('string sms, email, fcm').default).toBeUndefined();
    expect(parseDatatype('object[]')).toEqual({ type: 'object', isArray: true });
  });
  it('keeps a single-token tail ambiguous', () => {
    expect(parseDatatype('integer 25')).toMatchObject({ single: '25' });
    expect(parseDatatype('integer 25').default).toBeUndefined();
  });
});

describe('readJsonBlock', () => {
  it('stops at the closing bracket even when a status line is glued on', () => {
    const lines = ['{', '  "a": "}{",', '  "b": [1]', '}', '200 OK'];
    expect(readJsonBlock(lines, 0)).toEqual({ value: { a: '}{', b: [1] }, end: 4 });
  });
  it('reads a bare string example', () => {
    expect(readJsonBlock(['"object"'], 0).value).toBe('object');
  });
});

describe('parsePropertyLines', () => {
  it('attaches descriptions and array item lines to their property', () => {
    const { entries } = parsePropertyLines([
      'id: string (uuid)', 'routes: string[]', '', 'delivery routes', '', 'string', 'notify: MesNotify', 'MesNotify', 'meta: MesMetadata',
    ]);
    expect(entries.map((e) => e.name)).toEqual(['id', 'routes', 'notify', 'meta']);
    expect(entries[1]).toMatchObject({ isArray: true, description: 'delivery routes', itemsLine: { type: 'string' } });
    expect(entries[2].itemsLine).toMatchObject({ type: 'MesNotify' });
    expect(entries[3].itemsLine).toBeUndefined();
  });
});

const builder = () => new SchemaBuilder({
  definitions: new Set(['OdrPoint', 'MesNotify']),
  definitionExamples: new Map(),
  factsModels: new Map(),
  formatMap: { datetime: 'date-time' },
  resolveTail: (where, dt) => (dt.enum ? { enum: dt.enum } : {}),
});

describe('SchemaBuilder', () => {
  it('uses the Example tree to end an unindented nested object', () => {
    const parsed = parsePropertyLines(['wms: object', 'code: string', 'at: string (datetime)', 'point: OdrPoint', 'flag: boolean']);
    const example = { wms: { code: 'string', at: 'string (datetime)' }, point: { id: 'string' }, flag: 'boolean' };
    const schema = builder().fromEntries(parsed, example, 'T');
    expect(schema).toEqual({
      type: 'object',
      properties: {
        wms: { type: 'object', properties: { code: { type: 'string' }, at: { type: 'string', format: 'date-time' } } },
        point: { $ref: '#/components/schemas/OdrPoint' },
        flag: { type: 'boolean' },
      },
    });
  });
  it('restores properties a truncated example lost and never turns skeletons into examples', () => {
    const parsed = parsePropertyLines(['key: string', 'kind: string a, b', 'count: integer']);
    const schema = builder().fromEntries(parsed, { key: '978020137962', kind: 'string' }, 'T');
    expect(schema.properties.key.examples).toEqual(['978020137962']);
    expect(schema.properties.kind).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(schema.properties.count).toEqual({ type: 'integer' });
  });
  it('types example-only definitions from their skeletons', () => {
    const schema = builder().fromEntries({ entries: [], lead: { text: [] } }, { at: 'string (date-time)', n: 'integer', xs: ['string'] }, 'T');
    expect(schema.properties).toEqual({ at: { type: 'string', format: 'date-time' }, n: { type: 'integer' }, xs: { type: 'array', items: { type: 'string' } } });
  });
  it('recognises skeletons', () => {
    expect(isSkeleton({ a: 'string (uuid)', b: ['boolean'], c: '#/definitions/X' })).toBe(true);
    expect(isSkeleton({ a: 'path/to/file.csv' })).toBe(false);
  });
});

describe('parseSeed on a miniature rendering', () => {
  const seed = [
    'Mini API Reference', '', 'Introduction', '', 'Hello.', '',
    'API Endpoint', 'https://api.example.com', 'Contact: a@example.com', 'Version: 1.0.0', '',
    'Authentication', '', 'Bearer', '', 'Scopes below.', '', 'type', 'oauth2', 'authorizationUrl', 'https://example.com/auth', 'flow', 'implicit', 'scopes',
    'a:read', '', 'Read a', '', 'a:write', '', 'Write a', '',
    'Things', '', 'List things', '', 'GET /a/things', '', 'Returns things', '',
    'x-page: string 1', 'in header', '', 'the requested page id', '',
    'List of things', '',
    '400 Bad Request', '', 'Bad request', '',
    'Response Example (200 OK)', '[', '  {', '    "id": "string"', '  }', ']',
    'Response Example (400 Bad Request)', '{', '  "code": "integer"', '}', '',
    'Schema Definitions', '', 'Thing: object', '', 'id: string', 'Example', '{', '  "id": "string"', '}', '',
  ].join('\n');
  const ir = parseSeed(seed);
  it('reads header, scopes, operation and definition', () => {
    expect(ir.info).toMatchObject({ title: 'Mini', server: 'https://api.example.com', Version: '1.0.0' });
    expect(ir.security.scopes.map((s) => s.name)).toEqual(['a:read', 'a:write']);
    expect(ir.operations).toHaveLength(1);
    const op = ir.operations[0];
    expect(op).toMatchObject({ method: 'GET', path: '/a/things', summary: 'List things' });
    expect(op.parameters[0]).toMatchObject({ name: 'x-page', in: 'header', single: '1' });
    // no "200 OK" line: the success description floated into the parameter's description
    expect(op.parameters[0].description).toEqual(['the requested page id', 'List of things']);
    expect(Object.keys(op.examples)).toEqual(['200', '400']);
    expect(ir.definitions).toMatchObject([{ name: 'Thing', type: 'object', example: { id: 'string' } }]);
  });
});
