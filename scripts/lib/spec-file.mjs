// Loads a spec as a YAML document that still knows where every node came from, so every
// problem the generator reports can name the file and line a maintainer has to fix.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode } from "jsonc-parser";
import { LineCounter, parseDocument, isMap, isSeq } from "yaml";

const shown = (file) => (relative(process.cwd(), file).startsWith("..") ? file : relative(process.cwd(), file));

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

/** 1-based line and column of a character offset. */
function position(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, col: before.at(-1).length + 1 };
}

/**
 * partnerkit.config.json: { vendors: string[] }. A missing file, malformed JSON or a wrong shape is a
 * SpecError with the file name and line, like a broken spec.
 */
export async function readConfig(root) {
  const file = join(root, "partnerkit.config.json");
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    throw new SpecError(file, 1, 1, "not found: the generator reads the list of vendors from it");
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse names no line (and often no position); jsonc-parser, in strict mode, gives the offset.
    const errors = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    const at = errors[0] ? position(text, errors[0].offset) : position(text, text.length);
    // "CloseBraceExpected" -> "close brace expected"; V8's own message quotes the text over several lines.
    const what = errors[0] ? printParseErrorCode(errors[0].error).replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase() : error.message.split("\n")[0];
    throw new SpecError(file, at.line, at.col, `malformed JSON: ${what}`);
  }
  const tree = parseTree(text);
  const errorAt = (path, message) => {
    let node;
    for (let i = path.length; i >= 0 && !node; i--) node = i ? findNodeAtLocation(tree, path.slice(0, i)) : tree;
    const { line, col } = position(text, node?.offset ?? 0);
    return new SpecError(file, line, col, message);
  };
  const vendors = value?.vendors;
  if (!Array.isArray(vendors)) throw errorAt(["vendors"], `expected "vendors": an array of vendor names`);
  vendors.forEach((name, i) => {
    if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      throw errorAt(["vendors", i], `vendor ${JSON.stringify(name)} is not a package name (lower-case letters, digits and -)`);
    }
  });
  return { file, vendors, errorAt };
}
