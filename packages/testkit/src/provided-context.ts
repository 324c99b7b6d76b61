// What the vendor packages' globalSetup (./global-setup.ts) provides to their tests through inject().
import type {} from "vitest";
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of the package's spec. */
    prismUrl: string;
    /** Absolute path of the package's spec. */
    specFile: string;
  }
}

export {};
