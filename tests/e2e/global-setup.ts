import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startBuiltApp } from "@/scripts/lib/app-process";
import { assertNoContactsInLog, contactValues } from "@/tests/helpers/log-leaks";
import { startTileServer } from "@/tests/helpers/tile-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    tileServer: string;
  }
}

/**
 * Starts the built app (`npm run build` first) on a free port with a fresh embedded database holding the demo data;
 * afterwards, checks that its log holds no reporter's contact.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "sigap-e2e-"));
  // Counts re-render on the next view (production serves them up to 2 s old while re-rendering) and every view
  // reads the change versions (production shares a read for 250 ms), so the tests' exact counts hold; both
  // intervals themselves are tested in tests/integration/public-cache.test.ts.
  const logFile = path.join(dataDir, "app.log");
  // Maps draw their tiles from a server on this machine: the tests never reach outside.
  const tiles = await startTileServer();
  const app = await startBuiltApp(
    {
      DATABASE_URL: "",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATA_DIR: dataDir,
      PUBLIC_CACHE_COUNTS_STALE_MS: "0",
      PUBLIC_CACHE_VERSION_REUSE_MS: "0",
      // The monitor test watches a server of its own on 127.0.0.1, and reads the board's uptime within seconds.
      MONITOR_ALLOW_PRIVATE: "true",
      MONITOR_ROLLUP_SECONDS: "2",
      MAP_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png`,
    },
    undefined,
    undefined,
    logFile,
  );
  project.provide("baseUrl", app.url);
  project.provide("tileServer", tiles.url);
  return async () => {
    await app.stop();
    await tiles.stop();
    // The database is read after the app has let go of it.
    if (app.process.exitCode === null && app.process.signalCode === null)
      await new Promise((resolve) => {
        app.process.once("exit", resolve);
        setTimeout(resolve, 10_000);
      });
    try {
      // No log line of the whole browser run (requests, jobs, errors) may hold a reporter's contact: the demo's
      // and every one the tests typed into the form.
      assertNoContactsInLog(logFile, await contactValues(path.join(dataDir, "pglite")));
    } catch (error) {
      // Vitest reports an error thrown here but still exits 0: the exit code must say it.
      process.exitCode = 1;
      throw error;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
