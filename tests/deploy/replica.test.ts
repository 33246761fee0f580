import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, startApp } from "@/bench/lib/app";
import { signInOverHttp } from "@/bench/lib/staff-session";
import { freePort, type RunningApp } from "@/scripts/lib/app-process";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { DEMO_PASSWORD, seedDemo } from "@/server/seed";
import { REPORT_HEADERS, reportBody } from "./report-body";

/**
 * DATABASE_REPLICA_URL against a real hot standby (.ci/replica: a second PostgreSQL 15 cluster made by
 * pg_basebackup, streaming from the first). Replay is paused to tell the two apart: what the public reads then
 * lags behind what was written, while staff pages and writes see the primary.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REPLICA_URL = process.env.TEST_REPLICA_URL;
if (!REPLICA_URL && process.env.CI) throw new Error("CI must set TEST_REPLICA_URL (bash .ci/replica makes the standby)");

let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
let standby: postgres.Sql;
let app: RunningApp;
let incident: { id: string; code: string };
let metricsPort: number;
const METRICS_TOKEN = randomUUID();

/** The replica's lag as the app's metrics report it. */
async function replicaLag(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split("\n").find((l) => l.startsWith("sigap_replica_lag_seconds "));
  return Number(line?.split(" ")[1]);
}

const onStandby = (name: string) => {
  const u = new URL(REPLICA_URL!);
  u.pathname = `/${name}`;
  return u.toString();
};
/** The standby made by .ci/replica: cluster "replica" of the installed PostgreSQL version. */
const cluster = (action: "stop" | "start") =>
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", readdirSync("/etc/postgresql")[0]!, "replica", action], { stdio: "ignore" });

async function untilStandbyHas(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the standby did not catch up within 10 s");
}

describe.skipIf(!REPLICA_URL)("read replica", () => {
  beforeAll(async () => {
    database = await createBenchDatabase(ADMIN_URL);
    handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
    await runMigrations(handle, database.url);
    await seedDemo(handle.db);
    const found = await selectRows<{ id: string; code: string }>(
      handle.db,
      sql`select id, code from incidents where is_public and state = 'confirmed' order by code limit 1`,
    );
    incident = found[0]!;
    const name = new URL(database.url).pathname.slice(1);
    await untilStandbyHas(async () => {
      standby ??= postgres(onStandby(name), { max: 1, onnotice: () => {} });
      const [row] = await standby`select count(*)::int as n from incidents where code = ${incident.code}`;
      return row!.n === 1;
    });
    metricsPort = await freePort();
    app = await startApp(database.url, {
      DATABASE_REPLICA_URL: onStandby(name),
      SIGAP_PUBLIC_CACHE: "false",
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN: METRICS_TOKEN,
    });
  }, 120_000);

  afterAll(async () => {
    await standby?.unsafe("select pg_wal_replay_resume()").catch(() => {});
    await app?.stop();
    await standby?.end();
    await handle?.close();
    await database?.drop();
  });

  it("serves public pages from the replica, staff pages and every write from the primary", async () => {
    await standby.unsafe("select pg_wal_replay_pause()");
    const title = `Judul dari primer ${randomUUID().slice(0, 8)}`;
    await handle.db.execute(sql`update incidents set title_id = ${title} where id = ${incident.id}::uuid`);

    const publicPage = await (await fetch(`${app.url}/insiden/${incident.code}`)).text();
    expect(publicPage).not.toContain(title);
    const open311 = await (await fetch(`${app.url}/api/open311/v2/services.json`)).json();
    expect(Array.isArray(open311)).toBe(true);

    const cookie = await signInOverHttp(app.url, "investigator@sigap.example", DEMO_PASSWORD);
    const staffPage = await (await fetch(`${app.url}/console/incidents/${incident.id}`, { headers: { cookie } })).text();
    expect(staffPage).toContain(title);

    // A write while the standby replays nothing: it would fail there (read-only); here it is stored on the primary.
    const [service] = await selectRows<{ id: string }>(handle.db, sql`select id from services order by code limit 1`);
    const key = `replica_${randomUUID().replaceAll("-", "")}`;
    const submit = await fetch(`${app.url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: REPORT_HEADERS,
      body: reportBody(service!.id, key),
    });
    expect(submit.status).toBe(200);
    const [stored] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from complaints where idempotency_key = ${key}`);
    expect(stored!.n).toBe(1);

    // The replica received the change but has not replayed it: the metrics say it lags.
    await untilStandbyHas(async () => (await replicaLag()) > 0);
    await standby.unsafe("select pg_wal_replay_resume()");
    await untilStandbyHas(async () => (await (await fetch(`${app.url}/insiden/${incident.code}`)).text()).includes(title));
    await untilStandbyHas(async () => (await replicaLag()) === 0);
  });

  it("sends public reads to the primary, with no error, while the replica does not answer", async () => {
    const title = `Judul saat replika mati ${randomUUID().slice(0, 8)}`;
    cluster("stop");
    try {
      await handle.db.execute(sql`update incidents set title_id = ${title} where id = ${incident.id}::uuid`);
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${app.url}/insiden/${incident.code}`);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain(title);
      }
      const open311 = await fetch(`${app.url}/api/open311/v2/requests.json`);
      expect(open311.status).toBe(200);
    } finally {
      cluster("start");
    }
  });
});
