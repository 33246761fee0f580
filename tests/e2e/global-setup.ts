import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startBuiltApp } from "../../scripts/lib/app-process";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the built app (`npm run build` first) on a free port with a fresh embedded database holding the demo data. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "sigap-e2e-"));
  // Counts re-render on the next view (production serves them up to 2 s old while re-rendering) and every view
  // reads the change versions (production shares a read for 250 ms), so the tests' exact counts hold; both
  // intervals themselves are tested in tests/integration/public-cache.test.ts.
  const app = await startBuiltApp({
    DATABASE_URL: "",
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATA_DIR: dataDir,
    PUBLIC_CACHE_COUNTS_STALE_MS: "0",
    PUBLIC_CACHE_VERSION_REUSE_MS: "0",
  });
  project.provide("baseUrl", app.url);
  return async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
