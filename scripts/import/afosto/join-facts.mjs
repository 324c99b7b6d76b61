// Joins the parsed seed with afosto-operations.json (facts read from the vendor's generated PHP client):
// operationIds, required query parameters, parameter defaults, success codes and body/response model names.
// Null in the facts file means "not recorded", never false.

export const opKey = (method, path) => `${method} ${path}`;

export function joinFacts(ir, facts) {
  const factsOps = new Map(facts.operations.map((o) => [opKey(o.method, o.path), o]));
  const models = new Map(facts.models.map((m) => [m.name, m]));
  const problems = [];
  const operations = ir.operations.map((op) => {
    const f = factsOps.get(opKey(op.method, op.path));
    if (!f) {
      problems.push(`${opKey(op.method, op.path)}: not in the facts file`);
      return { ...op, facts: null };
    }
    const seedNames = op.parameters.map((p) => `${p.in}:${p.name}`).sort().join();
    const factNames = f.parameters.map((p) => `${p.in}:${p.name}`).sort().join();
    if (seedNames !== factNames) problems.push(`${opKey(op.method, op.path)}: parameters differ (${seedNames} vs ${factNames})`);
    return { ...op, facts: f };
  });
  const ids = operations.map((o) => o.facts?.operationId).filter(Boolean);
  if (new Set(ids).size !== ids.length) problems.push('operationIds are not unique');
  const seedKeys = new Set(ir.operations.map((o) => opKey(o.method, o.path)));
  const factsOnly = facts.operations.filter((o) => !seedKeys.has(opKey(o.method, o.path))).map((o) => opKey(o.method, o.path));
  return { ...ir, operations, models, factsOnly, problems };
}

export const factsParam = (op, p) => op.facts?.parameters.find((x) => x.name === p.name && x.in === p.in);
