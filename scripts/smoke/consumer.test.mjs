// Consumer test: the packages as npm users get them. Packs every public package, installs the tarballs with npm into
// a fresh project outside the workspace, and for every vendor creates a client and makes a real call against that
// vendor's Prism mock, through ESM `import`, a plain `.cjs` `require` and TypeScript compiled to CommonJS, each on
// Node 20, 22 and 24. It also type-checks a usage file whose wrong calls must not compile.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrismMock } from "@partnerkit/testkit/prism";
import { NODE_PINS, nodeBinary } from "./node-binaries.mjs";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const PACKAGES = ["runtime", "tdsynnex-ion", "stream-partner", "rezstream", "afosto"];
const VENDORS = ["tdsynnex-ion", "stream-partner", "rezstream", "afosto"];
// Survives between runs (node_modules/ is not cleaned by a build), so only the first run downloads Node.
const NODE_CACHE = join(root, "node_modules", ".cache", "partnerkit-node");
const MAJORS = Object.keys(NODE_PINS).map(Number);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

// What each vendor's call must return: status 200 and one field of the mock's answer. The first three come from the
// response examples in specs/<vendor>/openapi.yaml; Afosto's spec has no examples, so Prism answers from the schema
// and `type` is the first value of the spec's enum.
const EXPECTED_CALLS = {
  "tdsynnex-ion": { status: 200, value: "Contoso Dental Group" },
  "stream-partner": { status: 200, value: "Harbor Grill - Embarcadero" },
  rezstream: { status: 200, value: "0c7e5a52-1b9f-4d7e-8c3a-6f2e9d1b4a70" },
  afosto: { status: 200, value: "pos" },
};

const STYLES = [
  { name: "ESM import (.mjs)", script: "esm.mjs", extra: {} },
  { name: "plain require (.cjs)", script: "cjs.cjs", extra: { crossBuildInstanceof: true } },
  { name: "TypeScript compiled to CommonJS", script: "ts-cjs/dist/consumer.js", extra: {}, compiled: true },
];

// Child processes run at most two at a time: the machine has two cores and the mocks share them.
function limiter(concurrency) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= concurrency || queue.length === 0) return;
    active++;
    const { job, settle } = queue.shift();
    job().then(settle, settle).finally(() => {
      active--;
      next();
    });
  };
  return (job) => new Promise((settle) => (queue.push({ job, settle }), next()));
}

/** Runs a command and resolves with its exit code and output; never rejects, so the matrix cells fail one by one. */
function exec(file, args, options) {
  const started = performance.now();
  // 5 minutes: the usage.ts check alone took over a minute while the rest of `pnpm test` ran beside it on 2 cores.
  return run(file, args, { timeout: 300_000, maxBuffer: 16 << 20, ...options }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr, ms: performance.now() - started }),
    (error) => ({ code: error.code ?? 1, stdout: error.stdout ?? "", stderr: error.stderr || String(error), ms: performance.now() - started }),
  );
}

function parseOutput(result) {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`the consumer exited with ${result.code} and no JSON result:\n${result.stdout}\n${result.stderr}`);
  }
}

let dir;
const mocks = [];
const work = {};
let startedAt;

beforeAll(async () => {
  startedAt = performance.now();
  dir = await mkdtemp(join(tmpdir(), "partnerkit-consumer-"));
  const tarballs = join(dir, "tarballs");

  // Packing, starting the mocks and fetching the Node binaries don't depend on each other.
  const timed = (phase, promise) => promise.finally(() => (work.phases[phase] = performance.now() - startedAt));
  work.phases = {};
  const [, urls, binaries] = await Promise.all([
    // pnpm pack rewrites workspace: ranges to real versions, as publishing would.
    timed("packed", Promise.all(PACKAGES.map((name) => run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(root, "packages", name) })))),
    timed(
      "mocks up",
      Promise.all(
        VENDORS.map(async (vendor) => {
          const mock = await startPrismMock(join(root, "specs", vendor, "openapi.yaml"), { host: "127.0.0.1", port: 0 });
          mocks.push(mock);
          return [vendor, mock.url];
        }),
      ),
    ),
    timed("node binaries", Promise.all(MAJORS.map((major) => nodeBinary(major, NODE_CACHE)))),
  ]);
  work.nodes = Object.fromEntries(MAJORS.map((major, i) => [major, binaries[i]]));
  work.mockUrls = JSON.stringify(Object.fromEntries(urls));

  // One npm install, with npm's own engines check on this machine's Node; @types/node as a TypeScript user has it.
  const files = (await readdir(tarballs)).map((f) => `file:./tarballs/${f}`);
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const npmArgs = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--engine-strict"];
  await run("npm", [...npmArgs, ...files, "@types/node@20.19.43"], { cwd: dir, timeout: 180_000 });
  await cp(join(import.meta.dirname, "fixture"), dir, { recursive: true });
  work.phases["npm installed"] = performance.now() - startedAt;

  const limit = limiter(2);
  work.compile = limit(() => exec(process.execPath, [tsc, "-p", "ts-cjs/tsconfig.json"], { cwd: dir }));
  work.typecheck = limit(() => exec(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir }));
  work.cells = {};
  for (const major of MAJORS) {
    for (const style of STYLES) {
      work.cells[`${major} ${style.name}`] = limit(async () => {
        if (style.compiled && (await work.compile).code !== 0) return { code: 1, stdout: "", stderr: "tsc failed (see its own test)", ms: 0 };
        return exec(work.nodes[major], [style.script], { cwd: dir, env: { ...process.env, PARTNERKIT_MOCK_URLS: work.mockUrls } });
      });
    }
  }
  work.all = Promise.all([work.compile, work.typecheck, ...Object.values(work.cells)]);
}, 600_000);

afterAll(async () => {
  if (work.all) {
    await work.all;
    const cells = await Promise.all(Object.entries(work.cells).map(async ([name, cell]) => `${name} ${Math.round((await cell).ms)}ms`));
    const phases = Object.entries(work.phases).map(([phase, ms]) => `${phase} at ${Math.round(ms)}ms`);
    const [compile, typecheck] = await Promise.all([work.compile, work.typecheck]);
    console.log(
      `consumer test: ${phases.join(", ")}; tsc to CJS ${Math.round(compile.ms)}ms, usage.ts check ${Math.round(typecheck.ms)}ms; ` +
        `children: ${cells.join("; ")}; total ${Math.round(performance.now() - startedAt)}ms`,
    );
  }
  await Promise.all(mocks.map((mock) => mock.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
}, 120_000);

describe("installed from packed tarballs with npm", () => {
  it("every installed package's engines admit each Node version the matrix runs on", async () => {
    const versions = await Promise.all(MAJORS.map(async (major) => (await run(work.nodes[major], ["--version"])).stdout.trim()));
    expect(versions.map((v) => semver.major(v))).toEqual(MAJORS);
    // The lockfile records each installed package's engines (ours from the tarballs, and openapi-fetch's).
    const lock = JSON.parse(await readFile(join(dir, "package-lock.json"), "utf8"));
    const ranges = Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith("node_modules/") && !entry.dev && entry.engines?.node)
      .map(([path, entry]) => [path.slice("node_modules/".length), entry.engines.node]);
    expect(ranges.map(([name]) => name)).toEqual(expect.arrayContaining(PACKAGES.map((name) => `@partnerkit/${name}`)));
    const refused = ranges.flatMap(([name, range]) => versions.filter((v) => !semver.satisfies(v, range)).map((v) => `${name} (${range}) refuses ${v}`));
    expect(refused).toEqual([]);
  });

  it("TypeScript with module commonjs compiles the consumer against the published types", async () => {
    const result = await work.compile;
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  }, 300_000);

  it("type-checks: correct calls compile and the wrong ones (@ts-expect-error) do not", async () => {
    const result = await work.typecheck;
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  }, 300_000);

  describe.each(MAJORS)("on Node %i", (major) => {
    it.each(STYLES)("$name: every vendor's client makes a real call to its mock", async (style) => {
      const result = await work.cells[`${major} ${style.name}`];
      expect(parseOutput(result)).toEqual({
        node: expect.stringMatching(new RegExp(`^v${major}\\.`)),
        calls: EXPECTED_CALLS,
        notFound: "NotFoundError 404",
        ...style.extra,
      });
      expect(result.code).toBe(0);
    }, 300_000);
  });
});
