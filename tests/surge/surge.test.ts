import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, startApp } from "../../bench/lib/app";
import { recoverySeconds, restartPostgres, verifyStored } from "../../bench/lib/surge-faults";
import { runSurge } from "../../bench/lib/surge-load";
import { connect, type DbHandle } from "../../server/db/connect";
import { runMigrations } from "../../server/db/migrate";
import { selectRows } from "../../server/db/rows";
import { seedDemo } from "../../server/db/seed";
import type { RunningApp } from "../../scripts/lib/app-process";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
let app: RunningApp;
let services: string[];
let places: string[];

beforeAll(async () => {
  database = await createBenchDatabase(ADMIN_URL);
  handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedDemo(handle.db, { story: false });
  services = (await selectRows<{ id: string }>(handle.db, sql`select id from services`)).map((r) => r.id);
  places = (await selectRows<{ id: string }>(handle.db, sql`select id from places`)).map((r) => r.id);
  app = await startApp(database.url, { DATABASE_POOL_SIZE: "10", SIGAP_JOBS: "false", RATE_LIMIT_SUBMIT_PER_IP: "1000000000", RATE_LIMIT_SUBMIT_PER_CONTACT: "1000000000" });
});
afterAll(async () => {
  await app?.stop();
  await handle?.close();
  await database?.drop();
});

describe("reduced surge with a database restart", () => {
  it("loses nothing acknowledged, stores nothing twice, and answers only retryable errors while PostgreSQL restarts", async () => {
    let faultAt = 0;
    const run = await runSurge({
      url: app.url,
      target: "sigap",
      submissions: 2000,
      concurrency: 100,
      services,
      places,
      keyPrefix: "ci_surge_",
      onIssued: { at: 500, run: (t) => ((faultAt = t), setImmediate(restartPostgres)) },
    });
    const checked = await verifyStored(handle.db, "ci_surge_", run);
    console.log(JSON.stringify({ seconds: run.seconds, status: run.statusCounts, recovered_s: recoverySeconds(run, faultAt), ...checked }));
    expect(run.gaveUp).toBe(0);
    expect(checked.acknowledgedUnique).toBe(2000);
    expect(checked.lost).toBe(0);
    expect(checked.stored).toBe(2000);
    expect(checked.duplicates).toBe(0);
    // The only 5xx allowed is 503 "try again" while the database is down; no 500, no other failure.
    const nonRetryable = Object.entries(run.statusCounts).filter(([s]) => /^5\d\d$/.test(s) && s !== "503");
    expect(nonRetryable).toEqual([]);
    // The figure goes to the log and the benchmark; here only a guard against hanging for good.
    expect(recoverySeconds(run, faultAt)).toBeLessThan(30);
  });
});
