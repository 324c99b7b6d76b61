// Renders classified spec changes as a changeset (https://github.com/changesets/changesets) and keeps
// exactly one spec-diff changeset per vendor among those added since the baseline.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { bumpOf } from "./classify.mjs";

const SECTIONS = ["Breaking", "Added", "Changed", "Docs"];
const MAX_OPERATIONS = 5;
const code = (s) => "`" + s + "`";

function sectionOf(change) {
  if (change.kind === "major") return "Breaking";
  if (change.kind === "patch") return "Docs";
  return /-added$/.test(change.code) ? "Added" : "Changed";
}

export function subjectOf(change) {
  if (change.operationId) return code(change.operationId);
  if (change.schema) {
    const ops = change.operations ?? [];
    if (!ops.length) return `schema ${code(change.schema)}`;
    const shown = ops.slice(0, MAX_OPERATIONS).map(code).join(", ");
    const more = ops.length > MAX_OPERATIONS ? ` and ${ops.length - MAX_OPERATIONS} more` : "";
    return `schema ${code(change.schema)} (used by ${shown}${more})`;
  }
  return "API";
}

const packageName = (vendor) => `@partnerkit/${vendor}`;

/** The changeset text for `changes` (from classify), or undefined when there is nothing to release. */
export function renderChangeset(vendor, changes) {
  const bump = bumpOf(changes);
  if (!bump) return undefined;
  const lines = [];
  for (const section of SECTIONS) {
    const inSection = changes.filter((c) => sectionOf(c) === section);
    if (!inSection.length) continue;
    lines.push("", `**${section}**`, "");
    if (section === "Docs") {
      // Documentation edits are listed per operation/schema, not per keyword.
      const bySubject = new Map();
      for (const c of inSection) {
        const key = subjectOf({ ...c, operations: undefined });
        const what = c.location.split("/").at(-1).replaceAll("~1", "/").replaceAll("~0", "~");
        bySubject.set(key, (bySubject.get(key) ?? new Set()).add(what));
      }
      for (const [subject, keys] of [...bySubject].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`- ${subject}: ${[...keys].sort().join(", ")} changed`);
    } else {
      for (const c of inSection) lines.push(`- ${subjectOf(c)}: ${c.message}`);
    }
  }
  return `---\n"${packageName(vendor)}": ${bump}\n---\n\nAPI changes from \`specs/${vendor}/openapi.yaml\`.\n${lines.join("\n")}\n`;
}

export const changesetFileName = (vendor, content) =>
  `${vendor}-spec-${createHash("sha256").update(content).digest("hex").slice(0, 8)}.md`;

const ours = (vendor, file) => file.startsWith(`${vendor}-spec-`) && /^[0-9a-f]{8}\.md$/.test(file.slice(vendor.length + 6));

/**
 * What keeping `content` as this vendor's spec-diff changeset takes (content undefined: no changeset):
 * the file to write (if missing or different) and the vendor's other spec-diff changesets to remove,
 * except those already committed at the baseline: they describe changes made before it and still wait
 * for a release. `keep(file)` says whether `.changeset/<file>` is in the baseline.
 */
export async function planChangeset(root, vendor, content, keep = () => false) {
  const dir = join(root, ".changeset");
  const name = content === undefined ? undefined : changesetFileName(vendor, content);
  const files = await readdir(dir).catch((error) => (error.code === "ENOENT" ? [] : Promise.reject(error)));
  const stale = files.filter((f) => ours(vendor, f) && f !== name && !keep(f)).sort();
  const current = name && (await readFile(join(dir, name), "utf8").catch(() => undefined));
  return { name, stale, write: name !== undefined && current !== content };
}

/** Carries out planChangeset; returns the file it keeps (written) and the ones it removed. */
export async function writeChangeset(root, vendor, content, keep) {
  const dir = join(root, ".changeset");
  const plan = await planChangeset(root, vendor, content, keep);
  await mkdir(dir, { recursive: true });
  for (const file of plan.stale) await rm(join(dir, file));
  if (plan.write) await writeFile(join(dir, plan.name), content);
  return { written: plan.name, removed: plan.stale };
}
