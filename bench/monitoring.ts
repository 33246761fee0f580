// npm run bench:monitoring — service monitors and the evidence pack on real PostgreSQL:
// BENCH_MONITORS (1,000) monitors at a 60 s interval against a local server (in its own process, so its CPU is not
// the worker's) for BENCH_SECONDS (180); an outage opened and closed on 20 monitors at a 30 s interval; the evidence
// pack of a report over an incident of BENCH_EVIDENCE_REPORTS (10,000) reports. Writes bench/results/monitoring.json.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { seedDemo } from "@/server/seed";
import { makeDomainCtx } from "@/server/domain/context";
import { anyAddress, systemResolver } from "@/server/domain/monitor/address-guard";
import { firstDueAt } from "@/server/domain/monitor/create";
import type { CheckStarted } from "@/server/domain/monitor/run-due";
import { computeEvidencePack } from "@/server/domain/report/evidence/compute";
import { rollUpChecks } from "@/server/domain/monitor/roll-up";
import { mailboxSender } from "@/server/domain/notification/mail-sender";
import { EVIDENCE_PARTS } from "@/server/db/schema/constants";
import { MONITOR_POLL_SECONDS, startJobWorker } from "@/server/jobs/worker";
import { createBenchDatabase, percentile, root } from "./lib/app";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MONITORS = Number(process.env.BENCH_MONITORS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 180);
const OUTAGE_MONITORS = 20;
const OUTAGE_INTERVAL = 30;
const EVIDENCE_REPORTS = Number(process.env.BENCH_EVIDENCE_REPORTS ?? 10_000);
const WARM_UP_SECONDS = 15;
const STORAGE_MONITORS = 100;
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 60);

/** The watched services: a plain HTTP server in a child process, answering 200, or 503 under /down while told so. */
function startTarget(): Promise<{ url: string; child: ChildProcess; setDown(down: boolean): void }> {
  const source = `
    const http = require("node:http");
    let down = false;
    process.on("message", (m) => { down = m.down; });
    const server = http.createServer((req, res) => {
      if (down && req.url.startsWith("/down")) { res.writeHead(503); res.end("down"); return; }
      res.writeHead(200, { "content-type": "text/html" }); res.end("<h1>layanan siap</h1>");
    });
    server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));`;
  const child = fork("-e", [source], { execArgv: ["-e", source], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve) =>
    child.once("message", (m) =>
      resolve({ url: `http://127.0.0.1:${(m as { port: number }).port}`, child, setDown: (down) => child.send({ down }) }),
    ),
  );
}

/** The first row of a query's answer, typed. */
async function first<T>(query: Promise<unknown>): Promise<T> {
  return ((await query) as T[])[0]!;
}

async function waitFor(what: string, timeoutMs: number, test: () => Promise<boolean>): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await test()) return (Date.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

async function main() {
  const database = await createBenchDatabase(ADMIN_URL);
  const handle = await connect({ driver: "postgres", url: database.url, poolSize: 6 });
  const target = await startTarget();
  const pg = postgres(database.url, { max: 2, onnotice: () => {} });
  try {
    await runMigrations(handle, database.url);
    await seedDemo(handle.db, { story: false });
    const [svc] = await pg`select id from services where code = 'ehac'`;
    const now = new Date();
    const rows = Array.from({ length: MONITORS }, (_, i) => ({
      service_id: svc!.id as string,
      name: `bench ${i}`,
      url: `${target.url}/m/${i}`,
      next_due_at: firstDueAt(now, 60, 60),
    }));
    await pg`insert into monitors ${pg(rows, "service_id", "name", "url", "next_due_at")}`;

    const lags: number[] = [];
    let measuring = false;
    const onStart = (s: CheckStarted) => {
      if (measuring) lags.push((s.startedAt.getTime() - s.dueAt.getTime()) / 1000);
    };
    const boss = await startJobWorker({
      handle,
      databaseUrl: database.url,
      send: mailboxSender,
      baseUrl: "http://sigap.bench",
      monitors: { network: { resolver: systemResolver, policy: anyAddress, userAgent: "SigapMonitor/bench" }, concurrency: 50, onStart },
    });
    // The floor, in the same run: the same worker with no monitor due, over the same span.
    await pg`update monitors set is_active = false`;
    await new Promise((r) => setTimeout(r, WARM_UP_SECONDS * 1000));
    const idle0 = process.cpuUsage();
    const idleWall0 = performance.now();
    await new Promise((r) => setTimeout(r, FLOOR_SECONDS * 1000));
    const idle = process.cpuUsage(idle0);
    const idleShare = (idle.user + idle.system) / 1000 / (performance.now() - idleWall0);
    await pg`update monitors set is_active = true, next_due_at = now() + random() * interval '60 seconds'`;
    console.log(`${MONITORS} monitors at 60 s; warming up ${WARM_UP_SECONDS} s, then measuring ${SECONDS} s…`);
    await new Promise((r) => setTimeout(r, WARM_UP_SECONDS * 1000));
    measuring = true;
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const { n: checks0 } = await first<{ n: number }>(pg`select count(*)::int as n from monitor_checks`);
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const cpu = process.cpuUsage(cpu0);
    const wallMs = performance.now() - wall0;
    measuring = false;
    const { n: checks1 } = await first<{ n: number }>(pg`select count(*)::int as n from monitor_checks`);
    const sorted = [...lags].sort((a, b) => a - b);
    const cpuShare = (cpu.user + cpu.system) / 1000 / wallMs;
    console.log(`checks started ${lags.length}, lag p95 ${percentile(sorted, 95)} s, cpu ${(cpuShare * 100).toFixed(1)} % of a core`);

    // Storage: a synthetic full day of one check a minute for STORAGE_MONITORS more monitors, rolled up like the
    // job does; the growth of each table, divided per monitor, is what a monitor-day costs on disk (table,
    // indexes and TOAST), without the fixed overhead a small sample would weigh in.
    const size = () =>
      first<{ checks: number; rollups: number; minutes: number; hours: number }>(
        pg`select pg_total_relation_size('monitor_checks')::float8 as checks, pg_total_relation_size('monitor_rollups')::float8 as rollups,
              (select count(*)::int from monitor_rollups where grain = 'minute') as minutes, (select count(*)::int from monitor_rollups where grain = 'hour') as hours`,
      );
    await pg`vacuum analyze monitor_checks, monitor_rollups`;
    const before = await size();
    await pg`
      with m as (
        insert into monitors (service_id, name, url, is_active, next_due_at)
        select ${svc!.id}, 'storage ' || g, ${target.url} || '/s/' || g, false, now() from generate_series(1, ${STORAGE_MONITORS}) g returning id
      )
      insert into monitor_checks (monitor_id, checked_at, ok, latency_ms, status_code, error)
      select m.id, date_trunc('day', now()) - interval '2 days' + k * interval '1 minute' + (random() * 59) * interval '1 second',
        k % 97 <> 0, 20 + (random() * 400)::int, case when k % 97 <> 0 then 200 else 503 end, case when k % 97 = 0 then 'status' end
      from m cross join generate_series(0, 1439) k`;
    await pg`delete from settings where key = 'monitor.rollup_through'`;
    await rollUpChecks({ ctx: makeDomainCtx({ db: handle.db }) });
    await pg`vacuum analyze monitor_checks, monitor_rollups`;
    const after = await size();
    const rawPerMonitorDay = (after.checks - before.checks) / STORAGE_MONITORS;
    const rollupRows = after.minutes - before.minutes + (after.hours - before.hours);
    const perRollupRow = (after.rollups - before.rollups) / rollupRows;
    const minutePerMonitorDay = (perRollupRow * (after.minutes - before.minutes)) / STORAGE_MONITORS;
    const hourPerMonitorDay = (perRollupRow * (after.hours - before.hours)) / STORAGE_MONITORS;

    // Outage detection in real time on a smaller set at 30 s.
    await pg`update monitors set is_active = false`;
    const outageRows = Array.from({ length: OUTAGE_MONITORS }, (_, i) => ({
      service_id: svc!.id as string,
      name: `outage ${i}`,
      url: `${target.url}/down/${i}`,
      interval_seconds: OUTAGE_INTERVAL,
      next_due_at: firstDueAt(new Date(), OUTAGE_INTERVAL, OUTAGE_INTERVAL),
    }));
    await pg`insert into monitors ${pg(outageRows, "service_id", "name", "url", "interval_seconds", "next_due_at")}`;
    await new Promise((r) => setTimeout(r, (OUTAGE_INTERVAL + 5) * 1000));
    target.setDown(true);
    const downAt = Date.now();
    console.log("target down: waiting for the outages to open…");
    await waitFor("all outages open", 6 * OUTAGE_INTERVAL * 1000, async () => {
      const { n } = await first<{ n: number }>(pg`select count(*)::int as n from monitor_outages where ended_at is null`);
      return n === OUTAGE_MONITORS;
    });
    const { open_max, open_after_failure } = await first<{ open_max: number; open_after_failure: number }>(
      pg`select extract(epoch from max(opened_at - ${new Date(downAt)}::timestamptz))::float8 as open_max,
            extract(epoch from max(opened_at - started_at))::float8 as open_after_failure from monitor_outages`,
    );
    target.setDown(false);
    const upAt = Date.now();
    console.log("target up: waiting for the outages to close…");
    await waitFor("all outages closed", 4 * OUTAGE_INTERVAL * 1000, async () => {
      const { n } = await first<{ n: number }>(pg`select count(*)::int as n from monitor_outages where ended_at is null`);
      return n === 0;
    });
    const { close_max } = await first<{ close_max: number }>(
      pg`select extract(epoch from max(ended_at - ${new Date(upAt)}::timestamptz))::float8 as close_max from monitor_outages`,
    );
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });

    // The evidence pack over an incident of EVIDENCE_REPORTS reports, across two days, with a measured outage.
    console.log(`evidence pack over ${EVIDENCE_REPORTS} reports…`);
    const [report] = await pg`
      with inc as (
        insert into incidents (code, title_id, agency_id, service_id, state, public_status, is_public, confirmed_at)
        select 'INC-BENCH1', 'Bench incident', agency_id, id, 'confirmed', 'resolved', true, now() from services where code = 'ehac' returning id
      ), c as (
        insert into complaints (tracking_code, idempotency_key, category, agency_id, service_id, place_id, channel, occurred_at, description, incident_id, created_at)
        select 'BNCH-' || upper(lpad(to_hex(k), 4, '0')) || '-' || upper(lpad(to_hex(k * 7 % 256), 2, '0')), 'bench-ev-' || k,
          (array['crowding','system_down','service_refused','other'])[1 + k % 4], s.agency_id, s.id,
          (select id from places order by slug offset (k % 5) limit 1),
          (array['web','web','web','whatsapp','email','phone','open311'])[1 + k % 7],
          now() - interval '2 days' + (k % 2880) * interval '1 minute', 'Laporan uji ' || k, (select id from inc),
          now() - interval '2 days' + (k % 2880) * interval '1 minute'
        from generate_series(1, ${EVIDENCE_REPORTS}) k cross join (select id, agency_id from services where code = 'ehac') s
        returning 1
      ), u as (
        update monitor_outages set incident_id = (select id from inc) where id = (select id from monitor_outages limit 1) returning 1
      ), r as (
        insert into evaluation_reports (slug, title, created_by_id, evidence_parts)
        select 'bench-evidence', 'Bench evidence', (select id from users limit 1), ${EVIDENCE_PARTS}::text[] returning id
      )
      insert into evaluation_report_incidents (report_id, incident_id) select (select id from r), (select id from inc)
      returning report_id`;
    await pg`analyze`;
    const times: number[] = [];
    let pack;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      pack = await computeEvidencePack(handle.db, report!.report_id as string, EVIDENCE_PARTS, new Date());
      times.push(performance.now() - t0);
    }
    const evidenceSorted = [...times].sort((a, b) => a - b);
    const floorTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await pg`select count(*) from complaints where incident_id = (select id from incidents where code = 'INC-BENCH1')`;
      floorTimes.push(performance.now() - t0);
    }
    const floorSorted = [...floorTimes].sort((a, b) => a - b);

    const result = {
      generated_at: new Date().toISOString(),
      machine: "2 cores; PostgreSQL 15 on the same machine; target server in a child process",
      monitors: MONITORS,
      interval_seconds: 60,
      measured_seconds: SECONDS,
      checks_started: lags.length,
      checks_stored: Number(checks1) - Number(checks0),
      start_lag_p50_s: percentile(sorted, 50),
      start_lag_p95_s: percentile(sorted, 95),
      start_lag_p99_s: percentile(sorted, 99),
      start_lag_max_s: Math.round((sorted.at(-1) ?? 0) * 100) / 100,
      cpu_share_of_one_core: Math.round(cpuShare * 1000) / 1000,
      cpu_floor_no_monitors: Math.round(idleShare * 1000) / 1000,
      cpu_ratio_to_target: Math.round((cpuShare / 0.1) * 100) / 100,
      start_lag_floor_s: MONITOR_POLL_SECONDS,
      start_lag_floor_note: "a check is claimed by a job re-queued every MONITOR_POLL_SECONDS and picked up on pg-boss's 0.5 s poll",
      cpu_note: "the whole worker process (every queue, pg-boss, the PostgreSQL client), not the database server",
      storage: {
        method: `one synthetic day (a check a minute) for ${STORAGE_MONITORS} monitors; growth of each table with its indexes, per monitor`,
        raw_bytes_per_monitor_day: Math.round(rawPerMonitorDay),
        bytes_per_raw_check: Math.round(rawPerMonitorDay / 1440),
        minute_rollup_bytes_per_monitor_day: Math.round(minutePerMonitorDay),
        hour_rollup_bytes_per_monitor_day: Math.round(hourPerMonitorDay),
        bytes_per_rollup_row: Math.round(perRollupRow),
        retained_bytes_per_monitor_at_defaults: Math.round(rawPerMonitorDay * 7 + minutePerMonitorDay * 30 + hourPerMonitorDay * 365),
        retention_note: "raw 7 days, minute roll-ups 30 days, hour roll-ups kept (counted here: one year of them)",
      },
      outage: {
        monitors: OUTAGE_MONITORS,
        interval_seconds: OUTAGE_INTERVAL,
        failures_to_open: 3,
        opened_after_first_failure_max_s: Math.round(Number(open_after_failure) * 10) / 10,
        opened_after_target_down_max_s: Math.round(Number(open_max) * 10) / 10,
        open_limit_s: 3 * OUTAGE_INTERVAL,
        closed_after_recovery_max_s: Math.round(Number(close_max) * 10) / 10,
        close_limit_s: OUTAGE_INTERVAL,
      },
      evidence_pack_reports: pack?.totalReports ?? 0,
      evidence_pack_ms: Math.round(evidenceSorted[Math.floor(evidenceSorted.length / 2)]! * 10) / 10,
      evidence_pack_max_ms: Math.round(evidenceSorted.at(-1)! * 10) / 10,
      evidence_pack_floor_ms: Math.round(floorSorted[Math.floor(floorSorted.length / 2)]! * 10) / 10,
      evidence_pack_floor_note: "median of 7 of one count(*) over the same incident's reports: the least any pack can take",
      targets: { start_lag_p95_s: 5, cpu_share_of_one_core: 0.1, evidence_pack_ms: 1000 },
    };
    writeFileSync(path.join(root, "bench/results/monitoring.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    target.child.kill();
    await pg.end();
    await handle.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
