// Turns the seed's property lines + Example JSON into JSON Schema (OpenAPI 3.1).
// Nested inline objects are not indented in the rendering, so the Example tree decides where they end.
// Example leaves are type skeletons ("string (uuid)", "boolean"); they type a schema but never become `examples`.

const PRIMITIVES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'file']);
const SKELETON = /^(string|integer|number|boolean|object|array|file)(?: \(([^)]*)\))?$/;
const RECURSIVE_REF = /^#\/definitions\/(\w+)$/;

export const refTo = (name) => ({ $ref: `#/components/schemas/${name}` });
export const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True if every leaf of `value` is a rendered type name or recursion marker (i.e. no real vendor value). */
export function isSkeleton(value) {
  if (Array.isArray(value)) return value.every(isSkeleton);
  if (isPlainObject(value)) return Object.values(value).every(isSkeleton);
  return typeof value === 'string' && (SKELETON.test(value) || RECURSIVE_REF.test(value));
}

function hasSkeletonLeaf(value) {
  if (Array.isArray(value)) return value.some(hasSkeletonLeaf);
  if (isPlainObject(value)) return Object.values(value).some(hasSkeletonLeaf);
  return typeof value === 'string' && (SKELETON.test(value) || RECURSIVE_REF.test(value));
}

// Format names the rendering uses that are not OpenAPI/JSON Schema formats (see overrides.yaml `formats`).
export function applyFormat(schema, format, formatMap) {
  if (format === undefined) return schema;
  const mapped = Object.hasOwn(formatMap, format) ? formatMap[format] : format;
  if (mapped === null) return schema;
  if (typeof mapped === 'object') return { ...schema, ...mapped };
  return { ...schema, format: mapped };
}

function coerce(type, value) {
  if (type === 'integer' || type === 'number') {
    const n = Number(value);
    return Number.isFinite(n) && (type === 'number' || Number.isInteger(n)) ? n : undefined;
  }
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : undefined;
  return value;
}

/** A literal vendor value is kept as `examples` only where it fits the schema's type. */
function fitsType(schema, value) {
  switch (schema.type) {
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    case 'boolean': return typeof value === 'boolean';
    case 'object': return isPlainObject(value);
    case 'array': return Array.isArray(value);
    default: return false;
  }
}

export class SchemaBuilder {
  /**
   * @param {object} opts
   * @param {Set<string>} opts.definitions  names of seed definitions ($ref targets)
   * @param {Map<string, object>} opts.definitionExamples  name -> seed Example (for ref recovery)
   * @param {Map<string, object>} opts.factsModels  client model name -> model (facts file)
   * @param {object} opts.formatMap  overrides.formats
   * @param {(where: string, dt: object, factsProp?: object) => object} opts.resolveTail  enum/default decisions
   */
  constructor(opts) {
    Object.assign(this, opts);
    this.log = { exampleOnly: [], lineOnly: [], refsFromFacts: [], literalExamples: 0, skeletonLeaves: 0 };
  }

  scalar(dt, where, factsProp) {
    let schema;
    if (dt.type === 'file') schema = { type: 'string', contentMediaType: 'application/octet-stream' };
    else if (!PRIMITIVES.has(dt.type)) {
      if (!this.definitions.has(dt.type)) throw new Error(`${where}: unknown $ref target ${dt.type}`);
      return refTo(dt.type);
    } else schema = { type: dt.type };
    schema = applyFormat(schema, dt.format, this.formatMap);
    const decided = this.resolveTail(where, dt, factsProp);
    if (decided.enum) schema.enum = decided.enum.map((v) => coerce(dt.type, v));
    if (decided.default !== undefined) schema.default = coerce(dt.type, decided.default);
    if (decided.examples) schema.examples = decided.examples.map((v) => coerce(dt.type, v));
    if (decided.nullDefault) { schema.type = [schema.type, 'null']; schema.default = null; }
    return schema;
  }

  /** Schema from an Example value alone (no property lines). Recovers $refs the client names, if the example agrees. */
  fromExample(value, where, factsModel) {
    if (typeof value === 'string') {
      const rec = RECURSIVE_REF.exec(value);
      if (rec) return refTo(rec[1]);
      const sk = SKELETON.exec(value);
      if (sk) {
        this.log.skeletonLeaves++;
        if (sk[1] === 'file') return { type: 'string', contentMediaType: 'application/octet-stream' };
        return applyFormat({ type: sk[1] }, sk[2], this.formatMap);
      }
      this.log.literalExamples++;
      return { type: 'string', examples: [value] };
    }
    if (value === null) return {};
    if (typeof value === 'number') { this.log.literalExamples++; return { type: Number.isInteger(value) ? 'integer' : 'number', examples: [value] }; }
    if (typeof value === 'boolean') { this.log.literalExamples++; return { type: 'boolean', examples: [value] }; }
    if (Array.isArray(value)) {
      return { type: 'array', items: value.length ? this.fromExample(value[0], `${where}[]`, factsModel) : {} };
    }
    // An object example (skeleton or with some real values) is read as structure; the client says which are maps.
    const properties = {};
    for (const [k, v] of Object.entries(value)) {
      const fp = factsModel?.properties.find((p) => p.name === k);
      const untyped = fp && !fp.type && !fp.ref && !fp.items && !fp.additional_properties;
      if ((fp?.additional_properties || untyped) && isPlainObject(v)) {
        // a map, or a free-form object (the client has no type for it): its keys are data, not properties
        properties[k] = untyped ? { type: 'object' } : { type: 'object', additionalProperties: this.fromTypeNode(fp.additional_properties) };
        if (!hasSkeletonLeaf(v)) properties[k].examples = [v];
        continue;
      }
      properties[k] = this.refFromFacts(v, `${where}.${k}`, fp) ?? this.fromExample(v, `${where}.${k}`, this.nestedFactsModel(fp));
    }
    return { type: 'object', properties };
  }

  nestedFactsModel(fp) {
    const name = fp?.ref ?? fp?.items?.ref;
    return name ? this.factsModels.get(name) : undefined;
  }

  /**
   * The rendering expands $refs inside examples, so an example-only property can't show one. Where the client
   * names a seed definition for that property and the example subtree equals that definition's Example
   * (same JSON, or the same leading keys when a recursion marker or truncation differs), restore the $ref.
   */
  refFromFacts(value, where, fp) {
    const isArray = Array.isArray(value);
    // The client has no class for the seed's array definitions, only for their items (LcsPointsItem -> LcsPoints).
    const arrayDef = isArray ? this.arrayDefByItemModel?.get(fp?.items?.ref) : undefined;
    if (arrayDef && JSON.stringify(value) === JSON.stringify(this.definitionExamples.get(arrayDef))) {
      this.log.refsFromFacts.push(where);
      return refTo(arrayDef);
    }
    const target = isArray ? fp?.items?.ref : fp?.ref;
    if (!target || !this.definitions.has(target)) return undefined;
    const ex = this.definitionExamples.get(target);
    const v = isArray ? value[0] : value;
    // Examples over ~100 lines are cut, at different points in different places: one key list may be a prefix of the other.
    const a = isPlainObject(v) ? Object.keys(v) : null;
    const b = isPlainObject(ex) ? Object.keys(ex) : null;
    const same = JSON.stringify(v) === JSON.stringify(ex)
      || (a && b && a.length && (a.length <= b.length ? a.every((k, i) => b[i] === k) : b.every((k, i) => a[i] === k)));
    if (!same) return undefined;
    this.log.refsFromFacts.push(where);
    return isArray ? { type: 'array', items: refTo(target) } : refTo(target);
  }

  /** Definitions and inline bodies: property entries aligned with the Example tree. */
  fromEntries({ entries, lead }, example, where, factsModel, kind = 'object') {
    const cur = { entries, pos: 0 };
    let schema;
    if (kind === 'array') {
      const item = lead.itemsLine;
      const ex = Array.isArray(example) ? example[0] : undefined;
      if (item?.type === 'object' || (!item && entries.length)) {
        schema = { type: 'array', items: this.alignObject(cur, isPlainObject(ex) ? ex : {}, `${where}[]`, factsModel, true) };
      } else if (item) {
        schema = { type: 'array', items: this.scalar(item, `${where}[]`) };
      } else schema = this.fromExample(example, where, factsModel);
    } else if (!entries.length) {
      if (lead.itemsLine) {
        // e.g. MesMetadata: "string" is the additionalProperties type of a map
        schema = { type: 'object', additionalProperties: this.scalar(lead.itemsLine, `${where}{}`) };
      } else if (example === undefined) {
        schema = { type: 'object' };
      } else {
        schema = this.fromExample(example, where, factsModel);
        for (const k of isPlainObject(example) ? Object.keys(example) : []) this.log.exampleOnly.push(`${where}.${k}`);
      }
    } else {
      schema = this.alignObject(cur, isPlainObject(example) ? example : {}, where, factsModel, true);
    }
    return schema;
  }

  alignObject(cur, exObj, where, factsModel, topLevel) {
    const properties = {};
    for (const [k, v] of Object.entries(exObj)) {
      // Request examples omit readOnly properties, so a line may precede the key's own line.
      let j = cur.pos;
      while (j < cur.entries.length && cur.entries[j].name !== k && this.isLeafEntry(cur.entries[j])) j++;
      const fp = factsModel?.properties.find((p) => p.name === k);
      if (j < cur.entries.length && cur.entries[j].name === k) {
        while (cur.pos < j) this.addLineOnly(properties, cur, where, factsModel);
        const e = cur.entries[cur.pos++];
        properties[k] = this.fromEntry(cur, e, v, `${where}.${k}`, fp);
      } else {
        this.log.exampleOnly.push(`${where}.${k}`);
        properties[k] = this.refFromFacts(v, `${where}.${k}`, fp) ?? this.fromExample(v, `${where}.${k}`, this.nestedFactsModel(fp));
      }
    }
    // Examples over ~100 lines were truncated: the remaining property lines are the lost trailing properties.
    if (topLevel) while (cur.pos < cur.entries.length) this.addLineOnly(properties, cur, where, factsModel);
    return { type: 'object', properties };
  }

  addLineOnly(properties, cur, where, factsModel) {
    const e = cur.entries[cur.pos++];
    this.log.lineOnly.push(`${where}.${e.name}`);
    properties[e.name] = this.fromEntry(cur, e, undefined, `${where}.${e.name}`, factsModel?.properties.find((p) => p.name === e.name));
  }

  isLeafEntry(e) {
    return !(e.type === 'object' || e.itemsLine?.type === 'object');
  }

  fromEntry(cur, e, ex, where, fp) {
    let schema;
    const isRef = !PRIMITIVES.has(e.type);
    if (isRef) {
      // "name: Ref" then "Ref" on the next line is an array of Ref; alone, a plain $ref.
      const ref = this.scalar(e, where);
      schema = e.itemsLine || Array.isArray(ex) ? { type: 'array', items: e.itemsLine ? this.scalar(e.itemsLine, `${where}[]`) : ref } : ref;
    } else if (e.isArray) {
      const item = e.itemsLine ?? { type: e.type };
      const exItem = Array.isArray(ex) ? ex[0] : undefined;
      let items;
      if (item.type === 'object') {
        items = isPlainObject(exItem) && cur.entries[cur.pos]?.name === Object.keys(exItem)[0]
          ? this.alignObject(cur, exItem, `${where}[]`, this.nestedFactsModel(fp), false)
          : this.objectWithoutLines(exItem, `${where}[]`, fp?.items);
      } else items = this.scalar(item, `${where}[]`);
      schema = { type: 'array', items };
    } else if (e.type === 'object') {
      schema = isPlainObject(ex) && Object.keys(ex).length && cur.entries[cur.pos]?.name === Object.keys(ex)[0]
        ? this.alignObject(cur, ex, where, this.nestedFactsModel(fp), false)
        : this.objectWithoutLines(ex, where, fp);
    } else {
      schema = this.scalar(e, where, fp);
      if (ex !== undefined && !isSkeleton(ex)) {
        if (fitsType(schema, ex) && !schema.examples) { schema.examples = [ex]; this.log.literalExamples++; }
      }
    }
    if (e.description) schema = { ...schema, description: e.description };
    return schema;
  }

  /** `x: object` with no property lines of its own: a map, a free-form object, or a nested object known only by example. */
  objectWithoutLines(ex, where, fp) {
    if (fp?.additional_properties) return { type: 'object', additionalProperties: this.fromTypeNode(fp.additional_properties) };
    if (isPlainObject(ex) && Object.keys(ex).length) {
      const nested = this.nestedFactsModel(fp);
      if (isSkeleton(ex) || nested) {
        for (const k of Object.keys(ex)) this.log.exampleOnly.push(`${where}.${k}`);
        return this.fromExample(ex, where, nested);
      }
      // a free-form object shown with a real value, e.g. `parameters: {"is_handled": true}`
      if (!hasSkeletonLeaf(ex)) { this.log.literalExamples++; return { type: 'object', examples: [ex] }; }
    }
    return { type: 'object' };
  }

  /** A facts-file type node (used only for map value types, which the rendering cannot show). */
  fromTypeNode(node) {
    if (node.ref) return this.definitions.has(node.ref) ? refTo(node.ref) : {};
    if (node.type === 'array') return { type: 'array', items: node.items ? this.fromTypeNode(node.items) : {} };
    if (node.type === 'object' && node.additional_properties) return { type: 'object', additionalProperties: this.fromTypeNode(node.additional_properties) };
    return node.type ? { type: node.type } : {};
  }
}
