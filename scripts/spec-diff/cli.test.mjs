// The CLI end to end against throwaway git repositories: baseline selection and the written changeset.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { parse } from "yaml";
import { classify } from "./classify.mjs";
import { renderChangeset } from "./changeset.mjs";

const CLI = join(import.meta.dirname, "cli.mjs");
const fixture = (rule, side) => join(import.meta.dirname, "fixtures", rule, `${side}.yaml`);
const SPEC = "specs/acme/openapi.yaml";
let repo;

function git(...args) {
  return execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", ...args], { encoding: "utf8" });
}
function cli(...args) {
  const run = spawnSync(process.execPath, [CLI, "--root", repo, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
function newRepo(spec) {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-git-"));
  git("init", "-q", "-b", "main");
  mkdirSync(join(repo, "specs/acme"), { recursive: true });
  mkdirSync(join(repo, ".changeset"));
  writeFileSync(join(repo, "partnerkit.config.json"), JSON.stringify({ vendors: ["acme"] }));
  writeFileSync(join(repo, ".changeset/config.json"), "{}\n");
  copyFileSync(spec, join(repo, SPEC));
  git("add", "-A");
  git("commit", "-q", "-m", "spec v1");
}
const useSpec = (file) => copyFileSync(file, join(repo, SPEC));
const specChangesets = () => readdirSync(join(repo, ".changeset")).filter((f) => f.startsWith("acme-spec-"));

afterEach(() => rmSync(repo, { recursive: true, force: true }));

test("compares with the last release tag, even when later commits changed the spec, and writes the changeset", () => {
  newRepo(fixture("shared-schema", "before"));
  git("tag", "@partnerkit/acme@0.9.0");
  git("commit", "-q", "--allow-empty", "-m", "between releases");
  git("tag", "@partnerkit/acme@1.0.0");
  expect(cli().stdout).toBe("acme: no change (compared with @partnerkit/acme@1.0.0)\n");

  useSpec(fixture("shared-schema", "after"));
  git("commit", "-q", "-am", "vendor removed Order.total");
  const check = cli("--check");
  expect(check.code).toBe(1);
  expect(check.stdout).toContain("the spec-diff changeset is missing or out of date");
  const run = cli("--write");
  expect(run.code).toBe(0);
  const [file] = specChangesets();
  expect(file).toMatch(/^acme-spec-[0-9a-f]{8}\.md$/);
  const expected = renderChangeset("acme", classify(parse(readFileSync(fixture("shared-schema", "before"), "utf8")), parse(readFileSync(fixture("shared-schema", "after"), "utf8"))));
  expect(readFileSync(join(repo, ".changeset", file), "utf8")).toBe(expected);
  expect(expected).toContain('"@partnerkit/acme": major');
  expect(run.stdout).toBe(
    "acme: major (compared with @partnerkit/acme@1.0.0)\n" +
      "  major schema `Order` (used by `getOrder`, `listOrders`): response field `total`: removed\n" +
      `  wrote .changeset/${file}\n`,
  );

  // Running again is a no-op; restoring the released spec removes the now stale changeset.
  expect(cli("--check").code).toBe(0);
  cli("--write");
  expect(specChangesets()).toEqual([file]);
  useSpec(fixture("shared-schema", "before"));
  expect(cli("--check").code).toBe(1);
  expect(cli("--write").stdout).toContain(`removed stale .changeset/${file}`);
  expect(specChangesets()).toEqual([]);
});

test("without a release tag it compares with HEAD and keeps changesets committed there", () => {
  newRepo(fixture("operation-added", "before"));
  useSpec(fixture("operation-added", "after"));
  const first = cli("--write", "--json");
  const [report] = JSON.parse(first.stdout);
  expect(report).toMatchObject({ vendor: "acme", bump: "minor", written: expect.stringMatching(/^acme-spec-/), removed: [] });
  expect(report.baseline).toMatch(/^merge-base with main \([0-9a-f]{7}\)$/);
  git("add", "-A");
  git("commit", "-q", "-m", "add deleteOrder + changeset");

  // Nothing changed since HEAD: the committed changeset still describes an unreleased change.
  expect(cli("--write").stdout).toMatch(/^acme: no change/);
  expect(specChangesets()).toEqual([report.written]);

  // A further change (deleteOrder removed again) gets its own changeset next to it.
  useSpec(fixture("operation-removed", "after"));
  expect(cli("--write").stdout).toMatch(/^acme: major \(compared with merge-base with main \([0-9a-f]{7}\)\)\n {2}major `deleteOrder`: operation removed/);
  expect(specChangesets()).toHaveLength(2);

  // --base picks the revision explicitly: the first commit had the same spec as the working tree now.
  expect(cli("--base", "HEAD~1").stdout).toBe("acme: no change (compared with HEAD~1)\n");

  // On a branch, commits of the branch are still compared with where it left main.
  const mainHead = git("rev-parse", "--short=7", "HEAD").trim();
  git("switch", "-q", "-c", "feature");
  git("commit", "-q", "-am", "remove deleteOrder");
  expect(cli().stdout).toMatch(new RegExp(`^acme: major \\(compared with merge-base with main \\(${mainHead}\\)\\)\n`));
});

test("a spec missing at the baseline is a new package (minor); errors exit with 2", () => {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-git-"));
  git("init", "-q", "-b", "main");
  mkdirSync(join(repo, "specs/acme"), { recursive: true });
  writeFileSync(join(repo, "partnerkit.config.json"), JSON.stringify({ vendors: ["acme"] }));
  useSpec(fixture("operation-removed", "before"));
  expect(cli().stdout).toBe("acme: minor (compared with no commits yet)\n  minor API: first version of the spec (2 operations)\n");

  const unknown = cli("--vendor", "nope");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("not in partnerkit.config.json: nope");
  expect(cli("--base", "no-such-rev").stderr).toContain("--base no-such-rev: no such commit");
});
