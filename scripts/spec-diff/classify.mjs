// Classifies the differences between two parsed OpenAPI 3.1 documents by what they mean to a user of the
// generated client (openapi-typescript types + openapi-fetch + the partnerkit runtime). Pure: no I/O.
// The rules and the reasons for each choice are in README.md; every rule has a fixture pair in fixtures/.
//
// Change: { kind: "major"|"minor"|"patch", code, operationId?, operations?, schema?, location, message }
//   location is a JSON pointer into the *after* document (the before one for removals), except that
//   parameters are addressed as .../parameters/<in>/<name> (their array index and $ref say nothing).

import { resolveLocalRef } from "../lib/refs.mjs";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const RANK = { patch: 0, minor: 1, major: 2 };
export const maxKind = (...kinds) => kinds.filter(Boolean).reduce((a, b) => (RANK[b] > RANK[a] ? b : a), "patch");

/** The overall bump for a list of changes, or null when there is none. */
export const bumpOf = (changes) => (changes.length ? maxKind(...changes.map((c) => c.kind)) : null);

// Keywords that only change documentation (JSDoc comments, the reference site, Prism's examples).
const DOC_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "deprecated", "$comment"]);
const isDocKey = (key) => DOC_KEYS.has(key) || (key.startsWith("x-") && key !== "x-pagination" && key !== "x-partnerkit");

// Value constraints: they never change the generated types but do change which requests the vendor accepts.
const LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const OPAQUE = ["pattern", "format", "multipleOf", "contentEncoding", "contentMediaType"];
const SCHEMA_KEYS = new Set([
  "$ref", "type", "nullable", "enum", "const", "properties", "required", "additionalProperties", "items",
  "allOf", "oneOf", "anyOf", "discriminator", "default", "readOnly", "writeOnly", "uniqueItems",
  ...LOWER, ...UPPER, ...OPAQUE,
]);

// Key order carries no meaning in a spec, so values are compared with sorted keys.
const canonical = (v) =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
const same = (a, b) => a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const esc = (key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1");
const pointer = (parts) => "#/" + parts.map(esc).join("/");
const code = (s) => "`" + s + "`";

const resolve = resolveLocalRef;
/** Follows $refs of non-schema objects (parameters, responses, request bodies, headers). */
function deref(doc, node, seen = 0) {
  return node?.$ref && seen < 20 ? deref(doc, resolve(doc, node.$ref), seen + 1) : node;
}
const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;
const schemaName = (ref) => (typeof ref === "string" ? SCHEMA_REF.exec(ref)?.[1]?.replaceAll("~1", "/").replaceAll("~0", "~") : undefined);

/** `{ "GET /orders": { path, method, item, operation } }` */
function operationsOf(doc) {
  const out = new Map();
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem) ?? {};
    for (const method of METHODS) if (item[method]) out.set(`${method.toUpperCase()} ${path}`, { path, method, item, operation: item[method] });
  }
  return out;
}

/** Every component schema reachable from `node` through $refs (transitively). */
function reachableSchemas(doc, node, into = new Set()) {
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== "object") return;
    for (const [key, value] of Object.entries(n)) {
      if (key === "$ref") {
        const name = schemaName(value);
        if (name !== undefined && !into.has(name)) {
          into.add(name);
          walk(doc.components?.schemas?.[name]);
        } else if (name === undefined && typeof value === "string") walk(resolve(doc, value));
      } else if (key !== "example" && key !== "examples" && !key.startsWith("x-")) walk(value);
    }
  };
  walk(node);
  return into;
}

/** The parts of an operation whose schemas a client sends (request) and receives (response). */
function operationParts(op) {
  const params = [...(op.item.parameters ?? []), ...(op.operation.parameters ?? [])];
  return { request: [params, op.operation.requestBody], response: op.operation.responses };
}

function effectiveParameters(doc, op) {
  const byKey = new Map();
  for (const raw of [...(op.item.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    const p = deref(doc, raw);
    if (!p?.name) continue;
    byKey.set(`${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`, p);
  }
  return byKey;
}

const securityKey = (req) =>
  Object.entries(req)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, scopes]) => `${name}${scopes?.length ? `[${[...scopes].sort().join(",")}]` : ""}`)
    .join(" + ") || "(none)";

function defaultBaseUrl(doc) {
  const server = doc.servers?.[0];
  if (!server) return "";
  return server.url.replace(/\{([^{}]+)\}/g, (_, name) => server.variables?.[name]?.default ?? `{${name}}`);
}

export function classify(before, after) {
  const changes = [];
  const seen = new Set();
  const emit = (kind, codeName, subject, ptr, message) => {
    const change = { kind, code: codeName, ...subject, location: pointer(ptr), message };
    const key = JSON.stringify(change);
    if (!seen.has(key)) (seen.add(key), changes.push(change));
  };
  // One entry per documentation keyword that changed; the changeset groups them by subject.
  const docChange = (subject, ptr, key) => emit("patch", "docs-changed", subject, [...ptr, key], `${key} changed`);

  const docs = (b, a, subject, ptr, handled) => {
    const unknown = [];
    for (const key of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])) {
      if (handled.has(key) || same(b?.[key], a?.[key])) continue;
      if (isDocKey(key)) docChange(subject, ptr, key);
      else unknown.push(key);
    }
    // Anything not understood is reported as breaking so that it is reviewed rather than missed.
    for (const key of unknown) emit("major", "unrecognized-change", subject, [...ptr, key], `${code(key)} changed (not understood by spec-diff: review and edit the changeset if it is not breaking)`);
  };

  // ---------------------------------------------------------------- schemas
  // dir: "request" (the client sends it), "response" (the client receives it) or "both" (an exported type
  // no operation uses). `pick(request, response)` chooses the kind for the direction.
  function schema(b, a, cx) {
    const { dir, subject, ptr, field } = cx;
    const pick = (req, res) => (dir === "request" ? req : dir === "response" ? res : maxKind(req, res));
    const at = (f) => `${cx.label ?? ""}${f ? ` field ${code(f)}` : ""}`.trim() || "schema";
    const say = (req, res, codeName, message, p = ptr, f = field) => emit(pick(req, res), codeName, subject, p, `${at(f)}: ${message}`);
    b = b === true || b === undefined ? {} : b;
    a = a === true || a === undefined ? {} : a;
    if (b === false || a === false || typeof b !== "object" || typeof a !== "object") {
      if (!same(b, a)) say("major", "major", "schema-changed", "schema replaced");
      return;
    }

    if (b.$ref || a.$ref) {
      if (b.$ref === a.$ref && schemaName(a.$ref) !== undefined) {
        // Compared once as a component schema, with the operations that use it (see below).
        const { $ref: _b, ...bRest } = b;
        const { $ref: _a, ...aRest } = a;
        if (Object.keys(bRest).length || Object.keys(aRest).length) schema(bRest, aRest, cx);
        return;
      }
      const pair = `${b.$ref}|${a.$ref}`;
      if (cx.stack.has(pair)) return;
      const rb = b.$ref ? { ...resolve(before, b.$ref), ...withoutRef(b) } : b;
      const ra = a.$ref ? { ...resolve(after, a.$ref), ...withoutRef(a) } : a;
      return schema(rb, ra, { ...cx, stack: new Set([...cx.stack, pair]) });
    }

    // type (with 3.0 `nullable` folded in); "integer" is a subset of "number"
    const types = (s) => {
      if (s.type === undefined) return null;
      const set = new Set([].concat(s.type));
      if (s.nullable === true) set.add("null");
      return set;
    };
    const tb = types(b), ta = types(a);
    if (!tb && ta) say("major", "minor", "type-narrowed", `type narrowed from any to ${fmtType(ta)}`);
    else if (tb && !ta) say("minor", "major", "type-widened", `type widened from ${fmtType(tb)} to any`);
    else if (tb && ta) {
      const covered = (t, set) => set.has(t) || (t === "integer" && set.has("number"));
      const removed = [...tb].filter((t) => !covered(t, ta));
      const added = [...ta].filter((t) => !covered(t, tb));
      const change = `from ${fmtType(tb)} to ${fmtType(ta)}`;
      // A different kind of value: what is inside it is not comparable any more.
      if (removed.length && added.length) return say("major", "major", "type-changed", `type changed ${change}`);
      if (removed.length) say("major", "minor", "type-narrowed", `type narrowed ${change}`);
      else if (added.length) say("minor", "major", "type-widened", `type widened ${change}`);
    }

    // enum / const (const is a one-value enum)
    const values = (s) => (s.enum ? s.enum : "const" in s ? [s.const] : null);
    const eb = values(b), ea = values(a);
    if (eb && ea) {
      const gone = eb.filter((v) => !ea.some((w) => same(v, w)));
      const fresh = ea.filter((v) => !eb.some((w) => same(v, w)));
      if (gone.length) say("major", "major", "enum-value-removed", `enum value${gone.length > 1 ? "s" : ""} ${gone.map((v) => code(JSON.stringify(v))).join(", ")} removed`);
      if (fresh.length) {
        const note = dir === "request" ? "" : " (exhaustive switches over it need a new case)";
        say("minor", "minor", "enum-value-added", `enum value${fresh.length > 1 ? "s" : ""} ${fresh.map((v) => code(JSON.stringify(v))).join(", ")} added${note}`);
      }
    } else if (!eb && ea) {
      say("major", "major", "enum-added", `now restricted to ${ea.map((v) => code(JSON.stringify(v))).join(", ")}`);
    } else if (eb && !ea) {
      say("minor", "major", "enum-dropped", "no longer restricted to a list of values");
    }

    // properties and requiredness. openapi-typescript makes a property with a `default` non-optional
    // outside inline parameters/request bodies (defaultNonNullable), so that counts as required too.
    const inlineRequest = /parameters|requestBod/.test(ptr.join("/"));
    const byDefault = (s, k) => !inlineRequest && s.properties?.[k]?.default !== undefined;
    const typeRequired = (s, k) => (s.required ?? []).includes(k) || byDefault(s, k);
    const why = (s, k) => ((s.required ?? []).includes(k) ? "" : " (non-optional in the generated type because it has a default)");
    const names = new Set([...Object.keys(b.properties ?? {}), ...Object.keys(a.properties ?? {}), ...(b.required ?? []), ...(a.required ?? [])]);
    for (const k of names) {
      const inB = !!b.properties && k in b.properties, inA = !!a.properties && k in a.properties;
      const sub = { ...cx, ptr: [...ptr, "properties", k], field: field ? `${field}.${k}` : k };
      const saySub = (req, res, codeName, message) => say(req, res, codeName, message, sub.ptr, sub.field);
      const rb = typeRequired(b, k), ra = typeRequired(a, k);
      if (inB && !inA) saySub("major", "major", "field-removed", "removed");
      else if (!inB && inA) {
        if (ra) saySub("major", "minor", "required-field-added", `added (required)${why(a, k)}`);
        else saySub("minor", "minor", "field-added", "added (optional)");
      } else {
        if (!rb && ra) saySub("major", "minor", "field-became-required", `became required${why(a, k)}`);
        if (rb && !ra) saySub("minor", "major", "field-became-optional", "became optional");
        if (inB && inA) schema(b.properties[k], a.properties[k], sub);
      }
    }

    // additionalProperties: closed (false) < unspecified (no index signature) < schema < open (true/{})
    const level = (s) => (s === false ? 0 : s === undefined ? 1 : s === true || (isObj(s) && !Object.keys(s).length) ? 3 : 2);
    const lb = level(b.additionalProperties), la = level(a.additionalProperties);
    if (lb === 2 && la === 2) {
      schema(b.additionalProperties, a.additionalProperties, { ...cx, ptr: [...ptr, "additionalProperties"], field: `${field ?? ""}{*}` });
    } else if (la < lb) {
      say("major", "minor", "additional-properties-narrowed", "accepts fewer additional properties");
    } else if (la > lb) {
      say("minor", lb === 2 ? "major" : "minor", "additional-properties-widened", "allows more additional properties");
    }

    if (b.items !== undefined || a.items !== undefined) {
      schema(b.items, a.items, { ...cx, ptr: [...ptr, "items"], field: `${field ?? ""}[]` });
    }

    // composition: members matched by $ref, inline members by position
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      if (!b[key] && !a[key]) continue;
      const listB = b[key] ?? [], listA = a[key] ?? [];
      const idB = memberIds(listB), idA = memberIds(listA);
      const narrowOnAdd = key === "allOf"; // another allOf member adds requirements; another oneOf member adds a variant
      for (const [id, i] of idB) {
        const j = idA.get(id);
        if (j === undefined) say(narrowOnAdd ? "minor" : "major", narrowOnAdd ? "major" : "minor", `${key}-member-removed`, `${key} member ${fmtMember(listB[i], id)} removed`);
        else schema(listB[i], listA[j], { ...cx, ptr: [...ptr, key, j] });
      }
      for (const [id, j] of idA) {
        if (!idB.has(id)) say(narrowOnAdd ? "major" : "minor", narrowOnAdd ? "minor" : "major", `${key}-member-added`, `${key} member ${fmtMember(listA[j], id)} added`);
      }
    }

    if (!same(b.discriminator, a.discriminator)) {
      const mb = b.discriminator?.mapping ?? {}, ma = a.discriminator?.mapping ?? {};
      const onlyAdded = b.discriminator && a.discriminator && b.discriminator.propertyName === a.discriminator.propertyName &&
        Object.entries(mb).every(([k, v]) => ma[k] === v);
      say(onlyAdded ? "minor" : "major", "major", "discriminator-changed", onlyAdded ? "discriminator mapping extended" : "discriminator changed");
    }

    // value constraints
    const tightened = [], loosened = [];
    for (const key of LOWER) cmpBound(key, b[key], a[key], (x, y) => y > x);
    for (const key of UPPER) cmpBound(key, b[key], a[key], (x, y) => y < x);
    for (const key of [...OPAQUE, "uniqueItems"]) {
      if (same(b[key], a[key])) continue;
      if (a[key] === undefined || a[key] === false) loosened.push(`${key} removed`);
      else tightened.push(b[key] === undefined ? `${key} ${JSON.stringify(a[key])} added` : `${key} changed to ${JSON.stringify(a[key])}`);
    }
    function cmpBound(key, x, y, isTighter) {
      if (same(x, y)) return;
      if (typeof x === "boolean" || typeof y === "boolean") return tightened.push(`${key} changed`); // 3.0 style
      if (y === undefined) loosened.push(`${key} removed`);
      else if (x === undefined || isTighter(x, y)) tightened.push(`${key} ${x === undefined ? "" : `${x} → `}${y}`.replace("  ", " "));
      else loosened.push(`${key} ${x} → ${y}`);
    }
    if (tightened.length) say("major", "minor", "constraint-tightened", `constraint tightened: ${tightened.join(", ")}`);
    if (loosened.length) say("minor", "minor", "constraint-loosened", `constraint loosened: ${loosened.join(", ")}`);

    if (!same(b.default, a.default)) say("minor", "minor", "default-changed", `default ${fmtChange(b.default, a.default)}`);
    for (const key of ["readOnly", "writeOnly"]) {
      if (!same(b[key], a[key])) say("minor", "minor", `${key}-changed`, `${key} ${fmtChange(b[key], a[key])}`);
    }
    docs(b, a, subject, ptr, SCHEMA_KEYS);
  }

  // ---------------------------------------------------------------- operations
  const opsB = operationsOf(before), opsA = operationsOf(after);
  const splitB = !!before["x-partnerkit"]?.splitByTag, splitA = !!after["x-partnerkit"]?.splitByTag;
  const label = (op) => `${op.method.toUpperCase()} ${op.path}`;
  const opSubject = (op) => ({ operationId: op.operation.operationId ?? label(op) });

  const removedOps = [...opsB.keys()].filter((k) => !opsA.has(k));
  const addedOps = [...opsA.keys()].filter((k) => !opsB.has(k));
  for (const key of removedOps) {
    const op = opsB.get(key);
    const moved = addedOps.find((k) => opsA.get(k).operation.operationId === op.operation.operationId && op.operation.operationId);
    if (moved) emit("major", "operation-moved", opSubject(op), ["paths", opsA.get(moved).path, opsA.get(moved).method], `operation moved from ${key} to ${moved}`);
    else emit("major", "operation-removed", opSubject(op), ["paths", op.path, op.method], `operation removed (${key})`);
  }
  for (const key of addedOps) {
    const op = opsA.get(key);
    if (removedOps.some((k) => opsB.get(k).operation.operationId === op.operation.operationId && op.operation.operationId)) continue;
    emit("minor", "operation-added", opSubject(op), ["paths", op.path, op.method], `operation added (${key})`);
  }

  const rootSecurityChanged = !same(before.security ?? [], after.security ?? []);
  const requestUses = new Map(), responseUses = new Map(); // schema name -> Set(operationId)
  const use = (map, names, id) => names.forEach((n) => map.has(n) ? map.get(n).add(id) : map.set(n, new Set([id])));

  for (const [key, ob] of opsB) {
    const oa = opsA.get(key);
    if (!oa) continue;
    const b = ob.operation, a = oa.operation;
    const subject = { operationId: a.operationId ?? key };
    const ptr = ["paths", oa.path, oa.method];
    for (const [map, dir] of [[requestUses, "request"], [responseUses, "response"]]) {
      use(map, reachableSchemas(before, operationParts(ob)[dir]), subject.operationId);
      use(map, reachableSchemas(after, operationParts(oa)[dir]), subject.operationId);
    }

    if (b.operationId !== a.operationId) emit("major", "operation-id-changed", subject, [...ptr, "operationId"], `operationId changed from ${code(b.operationId)} to ${code(a.operationId)}`);

    if (!same(b.tags, a.tags)) {
      if (splitA || splitB) emit("major", "tags-changed", subject, [...ptr, "tags"], "tags changed, which moves the operation between entry points (splitByTag)");
      else docChange(subject, ptr, "tags");
    }

    if (!same(b["x-pagination"], a["x-pagination"])) {
      const [kind, msg] = !b["x-pagination"] ? ["minor", "pagination added"] : !a["x-pagination"] ? ["major", "pagination removed"] : ["major", "pagination changed"];
      emit(kind, `pagination-${msg.split(" ")[1]}`, subject, [...ptr, "x-pagination"], msg);
    }

    if ((b.security || a.security) && !same(b.security ?? before.security ?? [], a.security ?? after.security ?? [])) {
      security(b.security ?? before.security ?? [], a.security ?? after.security ?? [], subject, [...ptr, "security"]);
    }

    // parameters (path-item parameters merged in, operation ones override)
    const pb = effectiveParameters(before, ob), pa = effectiveParameters(after, oa);
    for (const k of new Set([...pb.keys(), ...pa.keys()])) {
      const x = pb.get(k), y = pa.get(k);
      const where = y ?? x;
      const pptr = [...ptr, "parameters", where.in, where.name];
      const name = `${where.in} parameter ${code(where.name)}`;
      const reqB = x?.in === "path" || !!x?.required, reqA = y?.in === "path" || !!y?.required;
      if (!y) {
        emit("major", "parameter-removed", subject, pptr, `${name} removed`);
        continue;
      }
      if (!x) {
        if (reqA) emit("major", "required-parameter-added", subject, pptr, `${name} added (required)`);
        else emit("minor", "parameter-added", subject, pptr, `${name} added (optional)`);
        continue;
      }
      if (!reqB && reqA) emit("major", "parameter-became-required", subject, pptr, `${name} became required`);
      if (reqB && !reqA) emit("minor", "parameter-became-optional", subject, pptr, `${name} became optional`);
      for (const key of ["style", "explode", "allowReserved", "allowEmptyValue"]) {
        if (!same(x[key], y[key])) emit("minor", "parameter-serialization-changed", subject, [...pptr, key], `${name}: ${key} ${fmtChange(x[key], y[key])}`);
      }
      const pcx = { dir: "request", subject, ptr: [...pptr, "schema"], label: name, stack: new Set() };
      if (x.schema || y.schema) schema(x.schema, y.schema, pcx);
      if (x.content || y.content) content(x.content, y.content, { ...pcx, ptr: [...pptr, "content"] });
      docs(x, y, subject, pptr, new Set(["name", "in", "required", "schema", "content", "style", "explode", "allowReserved", "allowEmptyValue"]));
    }

    // request body
    const rbB = deref(before, b.requestBody), rbA = deref(after, a.requestBody);
    const bptr = [...ptr, "requestBody"];
    if (rbB && !rbA) emit("major", "request-body-removed", subject, bptr, "request body removed");
    else if (!rbB && rbA) emit(rbA.required ? "major" : "minor", rbA.required ? "required-request-body-added" : "request-body-added", subject, bptr, `request body added${rbA.required ? " (required)" : " (optional)"}`);
    else if (rbB && rbA) {
      if (!rbB.required && rbA.required) emit("major", "request-body-became-required", subject, bptr, "request body became required");
      if (rbB.required && !rbA.required) emit("minor", "request-body-became-optional", subject, bptr, "request body became optional");
      content(rbB.content, rbA.content, { dir: "request", subject, ptr: [...bptr, "content"], label: "request body", stack: new Set() });
      docs(rbB, rbA, subject, bptr, new Set(["required", "content"]));
    }

    responses(b.responses ?? {}, a.responses ?? {}, subject, [...ptr, "responses"]);

    // Operation-level servers and callbacks are not used by the generated client.
    const handled = new Set(["operationId", "tags", "x-pagination", "security", "parameters", "requestBody", "responses"]);
    for (const key of ["servers", "callbacks"]) if (!same(b[key], a[key])) docChange(subject, ptr, key);
    handled.add("servers").add("callbacks");
    docs(b, a, subject, ptr, handled);
    docs(ob.item, oa.item, subject, ["paths", oa.path], new Set([...METHODS, "parameters", "servers", "$ref"]));
    if (!same(ob.item.servers, oa.item.servers)) docChange(subject, ["paths", oa.path], "servers");
  }

  function content(b = {}, a = {}, cx) {
    const what = cx.label;
    const lower = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));
    b = lower(b);
    a = lower(a);
    for (const type of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const ptr = [...cx.ptr, type];
      if (!a[type]) emit("major", "media-type-removed", cx.subject, ptr, `${what}: ${type} removed`);
      else if (!b[type]) emit("minor", "media-type-added", cx.subject, ptr, `${what}: ${type} added`);
      else {
        schema(b[type].schema, a[type].schema, { ...cx, ptr: [...ptr, "schema"], field: undefined });
        for (const key of ["encoding"]) if (!same(b[type][key], a[type][key])) emit("minor", "encoding-changed", cx.subject, [...ptr, key], `${what}: ${type} encoding changed`);
        docs(b[type], a[type], cx.subject, ptr, new Set(["schema", "encoding"]));
      }
    }
  }

  function responses(b, a, subject, ptr) {
    const norm = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k === "default" ? k : String(k).toUpperCase(), v]));
    b = norm(b);
    a = norm(a);
    const success = (status) => status.startsWith("2");
    const hadSuccess = Object.keys(b).some(success);
    for (const status of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const rptr = [...ptr, status];
      const x = deref(before, b[status]), y = deref(after, a[status]);
      if (!y) {
        if (success(status)) emit("major", "response-removed", subject, rptr, `response ${status} removed`);
        else emit("minor", "error-response-removed", subject, rptr, `error response ${status} removed`);
        continue;
      }
      if (!x) {
        // A second success response turns `data` into a union; an error response only widens `error`.
        const widensData = success(status) && hadSuccess && Object.keys(y.content ?? {}).length > 0;
        emit(widensData ? "major" : "minor", success(status) ? "response-added" : "error-response-added", subject, rptr,
          `${success(status) ? "" : "error "}response ${status} added${widensData ? " (data may now have this type too)" : ""}`);
        continue;
      }
      content(x.content, y.content, { dir: "response", subject, ptr: [...rptr, "content"], label: `response ${status}`, stack: new Set() });
      const hb = Object.fromEntries(Object.entries(x.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const ha = Object.fromEntries(Object.entries(y.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      for (const h of new Set([...Object.keys(hb), ...Object.keys(ha)])) {
        const hptr = [...rptr, "headers", h];
        const hx = deref(before, hb[h]), hy = deref(after, ha[h]);
        if (!hy) emit("major", "response-header-removed", subject, hptr, `response ${status} header ${code(h)} removed`);
        else if (!hx) emit("minor", "response-header-added", subject, hptr, `response ${status} header ${code(h)} added`);
        else {
          if (hx.required && !hy.required) emit("major", "response-header-became-optional", subject, hptr, `response ${status} header ${code(h)} became optional`);
          if (!hx.required && hy.required) emit("minor", "response-header-became-required", subject, hptr, `response ${status} header ${code(h)} became required`);
          schema(hx.schema, hy.schema, { dir: "response", subject, ptr: [...hptr, "schema"], label: `response ${status} header ${code(h)}`, stack: new Set() });
          docs(hx, hy, subject, hptr, new Set(["required", "schema", "style", "explode"]));
        }
      }
      docs(x, y, subject, rptr, new Set(["content", "headers", "links"]));
      if (!same(x.links, y.links)) docChange(subject, rptr, "links");
    }
  }

  function security(b, a, subject, ptr) {
    const kb = new Set(b.map(securityKey)), ka = new Set(a.map(securityKey));
    const open = (keys) => keys.size === 0 || keys.has("(none)");
    const lost = [...kb].filter((k) => !ka.has(k));
    const gained = [...ka].filter((k) => !kb.has(k));
    if (open(kb) && !open(ka)) emit("major", "security-required", subject, ptr, `authentication now required (${[...ka].join(" | ")})`);
    else if (lost.length && !open(ka)) emit("major", "security-removed", subject, ptr, `no longer accepts ${lost.join(" | ")}`);
    if (gained.length && !(open(kb) && !open(ka))) emit("minor", "security-added", subject, ptr, `now also accepts ${gained.join(" | ")}`);
    else if (lost.length && open(ka) && !open(kb)) emit("minor", "security-relaxed", subject, ptr, "authentication no longer required");
  }

  // ---------------------------------------------------------------- component schemas
  const csB = before.components?.schemas ?? {}, csA = after.components?.schemas ?? {};
  for (const name of new Set([...Object.keys(csB), ...Object.keys(csA)])) {
    const ptr = ["components", "schemas", name];
    const subjectFor = (ops) => ({ schema: name, operations: [...ops].sort() });
    // Every component schema is exported as a type (openapi-typescript rootTypes).
    if (!(name in csA)) {
      emit("major", "schema-removed", subjectFor(new Set([...(requestUses.get(name) ?? []), ...(responseUses.get(name) ?? [])])), ptr, "removed (its exported type is gone)");
      continue;
    }
    if (!(name in csB)) {
      emit("minor", "schema-added", { schema: name, operations: [] }, ptr, "added");
      continue;
    }
    const req = requestUses.get(name), res = responseUses.get(name);
    const base = { ptr, stack: new Set() };
    if (req) schema(csB[name], csA[name], { ...base, dir: "request", label: "request", subject: subjectFor(req) });
    if (res) schema(csB[name], csA[name], { ...base, dir: "response", label: "response", subject: subjectFor(res) });
    if (!req && !res) schema(csB[name], csA[name], { ...base, dir: "both", label: "", subject: subjectFor([]) });
  }

  // ---------------------------------------------------------------- document level
  const root = {};
  if (rootSecurityChanged) security(before.security ?? [], after.security ?? [], root, ["security"]);
  const schemesB = before.components?.securitySchemes ?? {}, schemesA = after.components?.securitySchemes ?? {};
  for (const name of new Set([...Object.keys(schemesB), ...Object.keys(schemesA)])) {
    const ptr = ["components", "securitySchemes", name];
    const x = deref(before, schemesB[name]), y = deref(after, schemesA[name]);
    if (!y) emit("major", "security-scheme-removed", root, ptr, `security scheme ${code(name)} removed`);
    else if (!x) emit("minor", "security-scheme-added", root, ptr, `security scheme ${code(name)} added`);
    else {
      const { description: _d1, flows: fx, ...restX } = x, { description: _d2, flows: fy, ...restY } = y;
      if (!same(restX, restY)) emit("major", "security-scheme-changed", root, ptr, `security scheme ${code(name)} changed`);
      for (const flow of new Set([...Object.keys(fx ?? {}), ...Object.keys(fy ?? {})])) {
        const f1 = fx?.[flow], f2 = fy?.[flow];
        const { scopes: s1 = {}, ...u1 } = f1 ?? {}, { scopes: s2 = {}, ...u2 } = f2 ?? {};
        if (!f1 || !f2 || !same(u1, u2) || Object.keys(s1).some((s) => !(s in s2))) emit("major", "security-scheme-changed", root, [...ptr, "flows", flow], `security scheme ${code(name)} flow ${flow} changed`);
        else if (Object.keys(s2).some((s) => !(s in s1))) emit("minor", "security-scope-added", root, [...ptr, "flows", flow], `security scheme ${code(name)} flow ${flow}: scopes added`);
        else if (!same(s1, s2)) docChange(root, [...ptr, "flows", flow], "scopes");
      }
      if (!same(x.description, y.description)) docChange(root, ptr, "description");
    }
  }

  // servers[0] is the client's default base URL; other servers are documentation.
  if (defaultBaseUrl(before) !== defaultBaseUrl(after)) {
    emit("major", "base-url-changed", root, ["servers", 0, "url"], `default base URL changed from ${code(defaultBaseUrl(before))} to ${code(defaultBaseUrl(after))}`);
  } else if (!same(before.servers, after.servers)) docChange(root, [], "servers");

  partnerkit(before["x-partnerkit"] ?? {}, after["x-partnerkit"] ?? {});
  function partnerkit(b, a) {
    const ptr = ["x-partnerkit"];
    if (!same(b.auth, a.auth)) {
      const [kind, msg] = !b.auth ? ["minor", "token refresh/grant support added"] : !a.auth ? ["major", "token refresh/grant support removed"] : ["major", "auth settings changed"];
      emit(kind, "auth-changed", root, [...ptr, "auth"], msg);
    }
    const hb = b.headers ?? {}, ha = a.headers ?? {};
    for (const name of new Set([...Object.keys(hb), ...Object.keys(ha)])) {
      const hptr = [...ptr, "headers", name];
      if (!ha[name]) emit("major", "client-option-removed", root, hptr, `client option ${code(name)} removed`);
      else if (!hb[name]) emit("minor", "client-option-added", root, hptr, `client option ${code(name)} added (header ${ha[name].header})`);
      else if (!same(hb[name], ha[name])) emit("major", "client-option-changed", root, hptr, `client option ${code(name)} changed`);
    }
    if (!same(b.requestIdHeader, a.requestIdHeader)) emit("minor", "request-id-header-changed", root, [...ptr, "requestIdHeader"], `requestIdHeader ${fmtChange(b.requestIdHeader, a.requestIdHeader)}`);
    if (!same(b.idempotencyKeyHeader, a.idempotencyKeyHeader)) {
      const kind = b.idempotencyKeyHeader === undefined ? "minor" : "major";
      emit(kind, "idempotency-header-changed", root, [...ptr, "idempotencyKeyHeader"], `idempotencyKeyHeader ${fmtChange(b.idempotencyKeyHeader, a.idempotencyKeyHeader)}`);
    }
    if (!!b.splitByTag !== !!a.splitByTag) emit("major", "split-by-tag-changed", root, [...ptr, "splitByTag"], `splitByTag ${fmtChange(b.splitByTag, a.splitByTag)} (entry points change)`);
    // pathDefaults: a client option per name (a default for that path parameter in the operation methods).
    const pb = b.pathDefaults ?? [], pa = a.pathDefaults ?? [];
    for (const name of pb) if (!pa.includes(name)) emit("major", "client-option-removed", root, [...ptr, "pathDefaults"], `client option ${code(name)} (path default) removed`);
    for (const name of pa) if (!pb.includes(name)) emit("minor", "client-option-added", root, [...ptr, "pathDefaults"], `client option ${code(name)} added (a default for the ${code(name)} path parameter)`);
    // resources: read only by @partnerkit/sandbox (stored collections); the client and its types do not change.
    const known = new Set(["auth", "headers", "requestIdHeader", "idempotencyKeyHeader", "splitByTag", "pathDefaults", "resources"]);
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (!known.has(key) && !same(b[key], a[key])) emit("major", "unrecognized-change", root, [...ptr, key], `x-partnerkit ${code(key)} changed (not understood by spec-diff: review)`);
    }
  }

  // Top-level keys not handled above; `openapi`, `info`, `tags`, `jsonSchemaDialect` are documentation here.
  for (const key of ["openapi", "info", "tags", "jsonSchemaDialect"]) if (!same(before[key], after[key])) docChange(root, [], key);
  docs(before, after, root, [], new Set(["openapi", "info", "tags", "jsonSchemaDialect", "servers", "security", "paths", "components", "x-partnerkit"]));

  return changes.sort(byKindThenLocation);
}

const byKindThenLocation = (x, y) => RANK[y.kind] - RANK[x.kind] || (x.location < y.location ? -1 : x.location > y.location ? 1 : x.message < y.message ? -1 : x.message > y.message ? 1 : 0);
const isObj = (v) => v && typeof v === "object" && !Array.isArray(v);
const withoutRef = ({ $ref: _, ...rest }) => rest;
const fmtType = (set) => (set ? [...set].join(" | ") : "any");
const fmtChange = (x, y) => (x === undefined ? `added (${JSON.stringify(y)})` : y === undefined ? `removed (was ${JSON.stringify(x)})` : `changed from ${JSON.stringify(x)} to ${JSON.stringify(y)}`);
const fmtMember = (member, id) => (member?.$ref ? code(schemaName(member.$ref) ?? member.$ref) : `#${id.slice(1)}`);
function memberIds(list) {
  const ids = new Map();
  let inline = 0;
  list.forEach((m, i) => ids.set(m?.$ref ? `$${m.$ref}` : `#${inline++}`, i));
  return ids;
}
