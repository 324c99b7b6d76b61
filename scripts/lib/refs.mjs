// Local JSON-pointer $refs ("#/components/schemas/X"), as every OpenAPI tool in scripts/ reads them.

/** The node a local $ref points at, or undefined when it points nowhere (or is not local). */
export function resolveLocalRef(root, ref) {
  if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
  let node = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}
