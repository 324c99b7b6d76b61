// Loads a spec as a YAML document that still knows where every node came from, so every
// problem the generator reports can name the file and line a maintainer has to fix.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";

const shown = (file) => (relative(process.cwd(), file).startsWith("..") ? file : relative(process.cwd(), file));
import { LineCounter, parseDocument, isMap, isSeq } from "yaml";

export class SpecError extends Error {
  constructor(file, line, column, message) {
    super(`${shown(file)}:${line}:${column}: ${message}`);
    this.name = "SpecError";
    this.file = file;
    this.line = line;
  }
}

export async function loadSpec(file) {
  const text = await readFile(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [first] = doc.errors;
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new SpecError(file, line, col, `YAML syntax error: ${first.message.split("\n")[0]}`);
  }
  const value = doc.toJS({ maxAliasCount: 10_000 });
  if (!value || typeof value !== "object") throw new SpecError(file, 1, 1, "not an OpenAPI document");

  /** The error for a problem at a JSON path (array of keys), pointing at the closest node that exists. */
  function errorAt(path, message) {
    let node = doc.contents;
    let range = node?.range;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String(p.key?.value ?? p.key) === String(key));
        if (!pair) break;
        range = pair.key?.range ?? range;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
        if (!node) break;
        range = node.range ?? range;
      } else break;
    }
    const { line, col } = lineCounter.linePos(range?.[0] ?? 0);
    return new SpecError(file, line, col, message);
  }

  return { file, text, value, errorAt };
}
