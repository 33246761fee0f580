import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, seedWithModel, startApp } from "@/bench/lib/app";
import { recoverySeconds, restartPostgres, verifyStored } from "@/bench/lib/surge-faults";
import { runSurge } from "@/bench/lib/surge-load";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { DEMO_PASSWORD } from "@/server/seed";
import { signInOverHttp } from "@/bench/lib/staff-session";
import type { RunningApp } from "@/scripts/lib/app-process";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
let app: RunningApp;
let services: string[];
let places: string[];
let staffCookie: string;

beforeAll(async () => {
  database = await createBenchDatabase(ADMIN_URL);
  handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  // As deployed, a triage model is already current: the app's job would otherwise train the first one while
  // the surge runs.
  await seedWithModel(handle.db, { story: false });
  services = (await selectRows<{ id: string }>(handle.db, sql`select id from services`)).map((r) => r.id);
  places = (await selectRows<{ id: string }>(handle.db, sql`select id from places`)).map((r) => r.id);
  // As deployed: two instances on one port with their job workers; every simulated reporter shares this host's address.
  app = await startApp(database.url, {
    DATABASE_POOL_SIZE: "10",
    SIGAP_INSTANCES: "2",
    RATE_LIMIT_SUBMIT_PER_IP: "1000000000",
    RATE_LIMIT_SUBMIT_PER_CONTACT: "1000000000",
    RATE_LIMIT_TRACK_MISSES_PER_IP: "1000000000",
  });
  staffCookie = await signInOverHttp(app.url, "investigator@sigap.example", DEMO_PASSWORD);
});
afterAll(async () => {
  await app?.stop();
  await handle?.close();
  await database?.drop();
});

describe("reduced surge with a database restart", () => {
  it("loses nothing acknowledged, stores nothing twice, and answers no 5xx while PostgreSQL restarts", async () => {
    let faultAt = 0;
    const run = await runSurge({
      url: app.url,
      target: "sigap",
      submissions: 2000,
      concurrency: 100,
      services,
      places,
      keyPrefix: "ci_surge_",
      staffCookie,
      queueReaders: 5,
      onIssued: { at: 500, run: (t) => ((faultAt = t), setImmediate(restartPostgres)) },
    });
    const checked = await verifyStored(handle.db, "ci_surge_", run);
    console.log(JSON.stringify({ seconds: run.seconds, status: run.statusCounts, recovered_s: recoverySeconds(run, faultAt), ...checked }));
    expect(run.gaveUp).toBe(0);
    expect(checked.acknowledgedUnique).toBe(2000);
    expect(checked.lost).toBe(0);
    expect(checked.stored).toBe(2000);
    expect(checked.duplicates).toBe(0);
    // Requests wait for the database to come back (up to 20 s) rather than fail: no 5xx at all, reads included.
    expect(Object.keys(run.statusCounts).filter((s) => /(^| )5\d\d$/.test(s))).toEqual([]);
    expect(run.statusCounts["queue 200"]).toBeGreaterThan(0);
    expect(run.statusCounts["read 200"]).toBeGreaterThan(0);
    // Every report is placed by the clustering job within seconds of the surge.
    const waiting = async () =>
      (await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from complaints where needs_clustering`))[0]!.n;
    for (let i = 0; i < 120 && (await waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 250));
    expect(await waiting()).toBe(0);
    // The figure goes to the log and the benchmark; here only a guard against hanging for good.
    expect(recoverySeconds(run, faultAt)).toBeLessThan(30);
  });
});
