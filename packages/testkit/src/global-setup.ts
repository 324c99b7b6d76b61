// vitest globalSetup for a vendor package: starts an in-process Prism mock of the package's spec
// (packages/<vendor> -> specs/<vendor>/openapi.yaml) and stops it when the run ends, pass or fail.
import { basename, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import "./provided-context.js";
import { startPrismMock } from "./prism.js";

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const specFile = resolve(root, "../../specs", basename(root), "openapi.yaml");
  const mock = await startPrismMock(specFile);
  project.provide("prismUrl", mock.url);
  project.provide("specFile", specFile);
  return () => mock.close();
}
