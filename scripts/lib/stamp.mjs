// What the last `pnpm generate` read and wrote, per vendor, so that a run with nothing changed can skip
// parsing and rendering (the slow part) after checking that every output is still byte-identical.
// Kept in node_modules/.cache: a missing or stale stamp only costs a full render.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import { readOrNull } from "./outputs.mjs";

export const hash = (...parts) => parts.reduce((h, part) => h.update(part ?? "\0"), createHash("sha256")).digest("hex");

const stampFile = (root) => join(root, "node_modules", ".cache", "partnerkit-generate.json");

export async function loadStamp(root) {
  return JSON.parse((await readOrNull(stampFile(root))) ?? "{}");
}

export async function saveStamp(root, stamp) {
  await mkdir(dirname(stampFile(root)), { recursive: true });
  await writeFile(stampFile(root), JSON.stringify(stamp));
}

/** The generator's own code: a change to it invalidates every stamp. */
export async function generatorFingerprint() {
  const here = dirname(import.meta.dirname);
  const files = [join(here, "generate.mjs"), ...(await readdir(join(here, "lib"))).map((f) => join(here, "lib", f)), ...(await readdir(join(here, "templates"))).map((f) => join(here, "templates", f))];
  return hash(...(await Promise.all(files.sort().map((f) => readFile(f, "utf8")))));
}

/** True when every file the stamp lists (paths relative to root) still has the content it was written with. */
export async function outputsIntact(root, outputs) {
  for (const [file, digest] of Object.entries(outputs)) {
    // A key that is absolute or leaves the root comes from an older or foreign stamp: never trust it.
    if (isAbsolute(file) || file.startsWith("..")) return false;
    const content = await readOrNull(join(root, file));
    if (content === null || hash(content) !== digest) return false;
  }
  return true;
}
