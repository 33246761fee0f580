import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * One config, five projects. `npm test` runs unit and integration (on PGlite, or on PostgreSQL when
 * TEST_DATABASE_URL is set); `npm run test:e2e` drives the built app in Chromium; `npm run test:surge` puts the
 * built app on PostgreSQL under load through a database restart; `npm run test:deploy` puts deploy/nginx in front of it and
 * restores a backup.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    pool: "forks",
    // PGlite is WASM: two workers on two cores. The browser, surge and deploy projects run one file at a time, in a later group.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Migrates once; each file then clones the result (a PGlite dump or a PostgreSQL template database).
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "surge",
          include: ["tests/surge/**/*.test.ts"],
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "deploy",
          include: ["tests/deploy/**/*.test.ts"],
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
