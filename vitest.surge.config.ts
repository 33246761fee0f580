import path from "node:path";
import { defineConfig } from "vitest/config";

// The reduced surge: the built app on PostgreSQL (TEST_DATABASE_URL) under load, through a database restart.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/surge/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
