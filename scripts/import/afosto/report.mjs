// Fidelity report: what the emitted spec kept of the seed, checked independently of how it was built.
import { isPlainObject } from './schemas.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Property names anywhere in a schema tree, not following $refs (nested inline objects count). */
function inlinePropertyNames(schema, out = new Set()) {
  if (!isPlainObject(schema)) return out;
  for (const [k, v] of Object.entries(schema.properties ?? {})) { out.add(k); inlinePropertyNames(v, out); }
  if (schema.items) inlinePropertyNames(schema.items, out);
  if (isPlainObject(schema.additionalProperties)) inlinePropertyNames(schema.additionalProperties, out);
  return out;
}

export function buildReport(ir, doc, stats, calls) {
  const specOps = [];
  for (const [path, item] of Object.entries(doc.paths)) for (const m of METHODS) if (item[m]) specOps.push(`${m.toUpperCase()} ${path}`);
  const seedOps = new Set(ir.operations.map((o) => `${o.method} ${o.path}`));
  const schemas = doc.components.schemas;

  const mismatches = [];
  let seedLines = 0;
  let seedExampleKeys = 0;
  let specTopLevel = 0;
  for (const d of ir.definitions) {
    const s = schemas[d.name];
    if (!s) continue;
    const all = inlinePropertyNames(s);
    const top = new Set(Object.keys(s.properties ?? s.items?.properties ?? {}));
    const exKeys = Object.keys(isPlainObject(d.example) ? d.example : Array.isArray(d.example) && isPlainObject(d.example[0]) ? d.example[0] : {});
    seedLines += d.entries.length;
    seedExampleKeys += exKeys.length;
    specTopLevel += top.size;
    const missingLines = d.entries.map((e) => e.name).filter((n) => !all.has(n));
    const missingKeys = exKeys.filter((k) => !top.has(k));
    if (missingLines.length || missingKeys.length) mismatches.push({ schema: d.name, missingLines, missingKeys });
  }
  // Against the vendor's client (informational: the seed is what the spec follows).
  const clientDiffs = [];
  for (const d of ir.definitions) {
    const m = ir.models.get(d.name);
    const s = schemas[d.name];
    if (!m || !s?.properties) continue;
    const spec = new Set(Object.keys(s.properties));
    const client = new Set(m.properties.map((p) => p.name));
    const onlyClient = [...client].filter((n) => !spec.has(n));
    const onlySpec = [...spec].filter((n) => !client.has(n));
    if (onlyClient.length || onlySpec.length) clientDiffs.push({ schema: d.name, onlyClient, onlySpec });
  }
  const sections = {};
  for (const k of calls.all()) { const s = k.split('/')[0]; sections[s] = (sections[s] ?? 0) + 1; }
  return {
    operations: { spec: specOps.length, seedUnique: seedOps.size, seedRenders: ir.renders.length, missing: [...seedOps].filter((k) => !specOps.includes(k)) },
    definitions: { spec: ir.definitions.filter((d) => schemas[d.name]).length, seed: ir.definitions.length, inlineComponents: stats.inlineComponents.length },
    scopes: { spec: Object.keys(Object.values(doc.components.securitySchemes)[0].flows.implicit.scopes).length, seed: ir.security.scopes.length },
    properties: {
      seedPropertyLines: seedLines,
      seedExampleKeys,
      specTopLevel,
      schemasWithMismatch: mismatches.length,
      mismatches,
      lineOnly: stats.schemaLog.lineOnly.length,
      exampleOnly: stats.schemaLog.exampleOnly.length,
      refsRestoredFromClient: stats.schemaLog.refsFromFacts.length,
      vsClient: { schemasDiffering: clientDiffs.length, diffs: clientDiffs },
    },
    parameters: { requiredQuery: stats.requiredQuery, arrayQuery: stats.arrayQuery, droppedHeaders: stats.droppedHeaders },
    bodies: stats.bodies,
    bodyExamples: { exact: stats.bodyExampleAgreement.exact, subset: stats.bodyExampleAgreement.subset, differs: stats.bodyExampleAgreement.differs },
    successSchemas: stats.successSchemas,
    paginated: stats.paginated,
    tails: stats.tails,
    judgementCalls: { total: calls.all().length, bySection: sections, unused: calls.unused() },
  };
}

export function formatReport(r) {
  const lines = [
    `operations   ${r.operations.spec}/${r.operations.seedUnique} (seed renders ${r.operations.seedRenders})`,
    `definitions  ${r.definitions.spec}/${r.definitions.seed} (+${r.definitions.inlineComponents} named inline bodies/responses)`,
    `scopes       ${r.scopes.spec}/${r.scopes.seed}`,
    `properties   seed lines ${r.properties.seedPropertyLines}, seed example keys ${r.properties.seedExampleKeys}, spec top-level ${r.properties.specTopLevel}; ` +
      `schemas with a mismatch: ${r.properties.schemasWithMismatch}`,
    `             from lines only (truncated examples) ${r.properties.lineOnly}, from examples only ${r.properties.exampleOnly}, $refs restored via client ${r.properties.refsRestoredFromClient}`,
    `             vs vendor client: ${r.properties.vsClient.schemasDiffering} schemas differ`,
    ...r.properties.vsClient.diffs.map((d) => `               ${d.schema}: client-only [${d.onlyClient.join(', ')}] spec-only [${d.onlySpec.join(', ')}]`),
    ...r.properties.mismatches.map((m) => `  MISMATCH ${m.schema}: lines not in spec [${m.missingLines.join(', ')}], example keys not in spec [${m.missingKeys.join(', ')}]`),
    `parameters   required query restored ${r.parameters.requiredQuery}; array query ${r.parameters.arrayQuery}; header parameters dropped ${r.parameters.droppedHeaders.length}`,
    `bodies       $ref ${r.bodies.ref}, named inline ${r.bodies.inline}, none ${r.bodies.none}, dropped ${r.bodies.dropped}; ` +
      `request example vs model example: exact ${r.bodyExamples.exact}, subset ${r.bodyExamples.subset}, differs ${r.bodyExamples.differs.length}`,
    `success      $ref ${r.successSchemas.ref}, named inline ${r.successSchemas.inline}, no body ${r.successSchemas.none}`,
    `paginated    ${r.paginated} operations`,
    `tails        ${Object.entries(r.tails).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `judgement calls in overrides.yaml: ${r.judgementCalls.total} (${Object.entries(r.judgementCalls.bySection).map(([k, v]) => `${k} ${v}`).join(', ')})`,
  ];
  if (r.judgementCalls.unused.length) lines.push(`  UNUSED overrides: ${r.judgementCalls.unused.join(', ')}`);
  return lines.join('\n');
}
