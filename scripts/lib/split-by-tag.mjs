// For vendors whose spec sets `x-partnerkit.splitByTag: true`: one sub-document per tag holding
// only that tag's operations and the components they reach, so a user of one service does not
// pay (in types or code) for every other service.
import { operationsOf } from "./check-spec.mjs";

function refTarget(ref) {
  const [, section, kind, name] = ref.split("/");
  return section === "components" ? { kind, name: decodeURIComponent(name).replaceAll("~1", "/").replaceAll("~0", "~") } : undefined;
}

function collectRefs(node, found) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else collectRefs(value, found);
    }
  }
}

/** The components (transitively) referenced from `roots`, in the spec's own order. */
function reachableComponents(openapi, roots) {
  const keep = new Map(); // kind -> Set(name)
  const queue = [];
  collectRefs(roots, queue);
  while (queue.length) {
    const target = refTarget(queue.pop());
    if (!target) continue;
    const names = keep.get(target.kind) ?? keep.set(target.kind, new Set()).get(target.kind);
    if (names.has(target.name)) continue;
    names.add(target.name);
    collectRefs(openapi.components?.[target.kind]?.[target.name], queue);
  }
  const components = {};
  for (const [kind, all] of Object.entries(openapi.components ?? {})) {
    const names = keep.get(kind);
    if (kind === "securitySchemes") components[kind] = all;
    else if (names) components[kind] = Object.fromEntries(Object.entries(all).filter(([name]) => names.has(name)));
  }
  return components;
}

export function tagsOf(openapi) {
  return (openapi.tags ?? []).map((t) => t.name);
}

export function subDocument(openapi, tag) {
  const paths = {};
  for (const { path, method, item, operation } of operationsOf(openapi)) {
    if (!operation.tags?.includes(tag)) continue;
    paths[path] ??= Object.fromEntries(Object.entries(item).filter(([k]) => k === "parameters" || k === "summary" || k === "description"));
    paths[path][method] = operation;
  }
  return {
    ...openapi,
    tags: (openapi.tags ?? []).filter((t) => t.name === tag),
    paths,
    components: reachableComponents(openapi, [paths, openapi.security ?? []]),
  };
}
