// Copies each vendor's spec (../../specs/<vendor>/openapi.yaml) into specs/<vendor>.yaml, which the package ships
// (package.json "files"), so an installed sandbox serves the specs of the release it came with. In the
// repository the sandbox reads ../../specs directly instead (see specFile in src/index.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../../../specs/", import.meta.url));
const to = fileURLToPath(new URL("../specs/", import.meta.url));
rmSync(to, { recursive: true, force: true });
mkdirSync(to);
for (const vendor of readdirSync(from)) {
  if (existsSync(`${from}${vendor}/openapi.yaml`)) copyFileSync(`${from}${vendor}/openapi.yaml`, `${to}${vendor}.yaml`);
}
