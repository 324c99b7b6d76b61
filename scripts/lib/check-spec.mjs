// Structural checks that openapi-typescript and Prism either crash on or silently accept.
// Each returns the first problem as a SpecError with file and line; a spec that fails any of
// them never reaches code generation.
import { resolveLocalRef } from "./refs.mjs";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function* walkRefs(node, path = []) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walkRefs(node[i], [...path, i]);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") yield { ref: value, path: [...path, key] };
      else if (!key.startsWith("x-") && key !== "example" && key !== "examples") yield* walkRefs(value, [...path, key]);
    }
  }
}

export function checkRefs(spec) {
  for (const { ref, path } of walkRefs(spec.value)) {
    if (!ref.startsWith("#/")) throw spec.errorAt(path, `external $ref "${ref}" is not supported: keep each spec in one file`);
    if (resolveLocalRef(spec.value, ref) === undefined) throw spec.errorAt(path, `dangling $ref "${ref}": nothing is defined there`);
  }
}

export function* operationsOf(openapi) {
  for (const [path, item] of Object.entries(openapi.paths ?? {})) {
    for (const method of METHODS) {
      if (item?.[method]) yield { path, method, item, operation: item[method] };
    }
  }
}

export function checkOperationIds(spec) {
  const seen = new Map();
  for (const { path, method, operation } of operationsOf(spec.value)) {
    const id = operation.operationId;
    if (typeof id !== "string" || id === "") throw spec.errorAt(["paths", path, method], `${method.toUpperCase()} ${path} has no operationId`);
    const first = seen.get(id);
    if (first) {
      throw spec.errorAt(["paths", path, method, "operationId"], `duplicate operationId "${id}" (first used by ${first})`);
    }
    seen.set(id, `${method.toUpperCase()} ${path}`);
  }
}

export function checkPathParameters(spec) {
  const root = spec.value;
  const deref = (p) => (p?.$ref ? resolveLocalRef(root, p.$ref) : p);
  for (const { path, method, item, operation } of operationsOf(root)) {
    const declared = new Set(
      [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map(deref)
        .filter((p) => p?.in === "path")
        .map((p) => p.name),
    );
    for (const [, name] of path.matchAll(/\{([^{}]+)\}/g)) {
      if (!declared.has(name)) {
        throw spec.errorAt(["paths", path], `${method.toUpperCase()} ${path}: path parameter "${name}" is not declared`);
      }
    }
  }
}

export function checkSpec(spec) {
  if (typeof spec.value.openapi !== "string" || !spec.value.openapi.startsWith("3.1")) {
    throw spec.errorAt(["openapi"], `expected "openapi: 3.1.x", found ${JSON.stringify(spec.value.openapi)}`);
  }
  checkRefs(spec);
  checkOperationIds(spec);
  checkPathParameters(spec);
}
