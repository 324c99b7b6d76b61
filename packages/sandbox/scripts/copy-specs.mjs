// Writes each vendor's spec (../../specs/<vendor>/openapi.yaml) as specs/<vendor>.json, which the package ships
// (package.json "files"), so an installed sandbox serves the specs of the release it came with. JSON because a
// sandbox must be ready fast: JSON.parse takes milliseconds where parsing the YAML takes ~0.5 s (TD SYNNEX, cold).
// In the repository the sandbox reads ../../specs directly instead (see specFile in src/index.ts).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const from = fileURLToPath(new URL("../../../specs/", import.meta.url));
const to = fileURLToPath(new URL("../specs/", import.meta.url));
rmSync(to, { recursive: true, force: true });
mkdirSync(to);
for (const vendor of readdirSync(from)) {
  const file = `${from}${vendor}/openapi.yaml`;
  if (existsSync(file)) writeFileSync(`${to}${vendor}.json`, JSON.stringify(parse(readFileSync(file, "utf8"))));
}
