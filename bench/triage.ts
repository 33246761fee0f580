// npm run bench:triage — the triage queue and incident clustering on real PostgreSQL at scale:
// BENCH_COMPLAINTS (1,000,000) generated complaints and BENCH_INCIDENTS (50,000) incidents.
// Writes bench/results/triage.json and bench/results/triage-explain.txt (plan of the slowest query).
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { connect } from "../server/db/connect";
import { runMigrations } from "../server/db/migrate";
import { selectRows } from "../server/db/rows";
import { seedDemo } from "../server/seed";
import type { Tx } from "../server/db/types";
import { listQueue } from "../server/domain/complaint/list-queue";
import { defaultConfig, makeDomainCtx } from "../server/domain/context";
import { clusterComplaint } from "../server/domain/incident/cluster";
import { complaints } from "../server/db/schema";
import { createBenchDatabase, percentile, root } from "./lib/app";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
// Placing one complaint is cheap: more samples make its p95 less hostage to one scheduler hiccup.
const CLUSTER_RUNS = Number(process.env.BENCH_CLUSTER_RUNS ?? 300);
const BATCH = 100_000;

async function generate(url: string) {
  const pg = postgres(url, { max: 1, onnotice: () => {} });
  const t0 = performance.now();
  // A larger catalogue than the demo: 60 agencies, 600 services, 1,000 places, 20 investigators.
  await pg.unsafe(`
    insert into agencies (slug, name_id, name_en, kind)
      select 'bench-agency-' || g, 'Instansi ' || g, 'Agency ' || g, 'agency' from generate_series(1, 60) g;
    insert into services (agency_id, code, name_id, name_en, keywords)
      select a.id, 'bench-svc-' || a.slug || '-' || g, 'Layanan ' || g || ' ' || a.name_id, 'Service ' || g, 'antrean sistem'
      from agencies a cross join generate_series(1, 10) g where a.slug like 'bench-agency-%';
    insert into places (slug, name, lat, lng)
      select 'bench-place-' || g, 'Tempat ' || g, -6 - random(), 106 + random() from generate_series(1, 1000) g;
    insert into users (email, name, password_hash, role)
      select 'bench-inv-' || g || '@example.com', 'Investigator ' || g, 'x', 'investigator' from generate_series(1, 20) g;
    create temp table svc as select row_number() over () as n, id, agency_id from services;
    create temp table plc as select row_number() over () as n, id from places;
    create temp table inv as select row_number() over () as n, id from users where role = 'investigator';
  `);
  const [{ nsvc }] = (await pg`select count(*)::int as nsvc from svc`) as unknown as [{ nsvc: number }];
  const [{ nplc }] = (await pg`select count(*)::int as nplc from plc`) as unknown as [{ nplc: number }];
  await pg.unsafe(`
    insert into incidents (code, title_id, agency_id, service_id, state, public_status, report_count, first_report_at, last_report_at, is_public)
      select 'INC-B' || lpad(g::text, 6, '0'), 'Insiden uji ' || g, s.agency_id, s.id,
        (array['candidate','confirmed','confirmed','confirmed'])[1 + g % 4],
        (array['investigating','identified','monitoring','resolved'])[1 + g % 4],
        0, now() - (g % 730) * interval '1 day' - interval '6 hours', now() - (g % 730) * interval '1 day', g % 4 <> 0
      from generate_series(1, ${INCIDENTS}) g join svc s on s.n = 1 + g % ${nsvc};
    create temp table inc as select row_number() over () as n, id from incidents;
    create index on inc (n);
    analyze inc;
  `);
  const words = [
    "antrean",
    "panjang",
    "server",
    "gangguan",
    "petugas",
    "formulir",
    "kertas",
    "bandara",
    "stasiun",
    "ktp",
    "pungutan",
    "liar",
    "ditolak",
    "menunggu",
    "berdesakan",
    "sistem",
    "mati",
    "loket",
    "blanko",
    "habis",
  ];
  for (let offset = 0; offset < COMPLAINTS; offset += BATCH) {
    const n = Math.min(BATCH, COMPLAINTS - offset);
    await pg.unsafe(`
      insert into complaints (tracking_code, idempotency_key, category, agency_id, service_id, place_id, occurred_at, description,
                              stage, outcome, priority, assignee_id, incident_id, due_at, created_at, updated_at, stage_changed_at, closed_at)
      select
        -- Unique, not random: generated rows need no secrecy.
        substr(upper(lpad(to_hex(k), 10, '0')), 1, 4) || '-' || substr(upper(lpad(to_hex(k), 10, '0')), 5, 4) || '-' || substr(upper(lpad(to_hex(k), 10, '0')), 9, 2),
        'bench-' || k,
        (array['crowding','system_down','service_refused','illegal_fee','officer_conduct','unclear_information','other'])[1 + k % 7],
        s.agency_id, s.id, p.id, ts - interval '1 hour',
        'Laporan uji ' || k || ': ' || (array[${words.map((w) => `'${w}'`).join(",")}])[1 + k % 20] || ' ' ||
          (array[${words.map((w) => `'${w}'`).join(",")}])[1 + (k / 20) % 20] || ' ' || (array[${words.map((w) => `'${w}'`).join(",")}])[1 + (k / 400) % 20] ||
          ' di ' || p.n || ', mohon ditindaklanjuti segera.',
        st.stage, case when st.stage = 'closed' then 'resolved_by_agency' end,
        (array['low','normal','normal','normal','high','urgent'])[1 + k % 6],
        case when k % 3 = 0 then i.id end,
        case when x.k % 10 < 3 then ic.id end,
        case when st.stage <> 'closed' then ts + (k % 60 - 20) * interval '1 day' end,
        ts, ts, ts, case when st.stage = 'closed' then ts + interval '10 days' end
      from (select k, now() - (k % 730) * interval '1 day' - (k % 86400) * interval '1 second' as ts
            from generate_series(${offset + 1}, ${offset + n}) k) x
      cross join lateral (select (array['received','formal_verification','awaiting_reporter','material_verification','examination','closed','closed','closed'])[1 + x.k % 8] as stage) st
      join svc s on s.n = 1 + x.k % ${nsvc}
      join plc p on p.n = 1 + (x.k * 7) % ${nplc}
      join inv i on i.n = 1 + x.k % 20
      left join inc ic on ic.n = 1 + x.k % ${INCIDENTS}
    `);
    process.stdout.write(`  ${offset + n} complaints\r`);
  }
  await pg.unsafe(`
    update incidents i set report_count = c.n from (select incident_id, count(*)::int n from complaints where incident_id is not null group by 1) c where c.incident_id = i.id;
    insert into incident_places (incident_id, place_id) select distinct incident_id, place_id from complaints where incident_id is not null and place_id is not null on conflict do nothing;
  `);
  await pg.unsafe("vacuum analyze");
  await pg.end();
  return (performance.now() - t0) / 1000;
}

async function main() {
  const database = await createBenchDatabase(ADMIN_URL);
  const captured: { query: string; params: unknown[] }[] = [];
  const handle = await connect({
    driver: "postgres",
    url: database.url,
    poolSize: 4,
    logger: { logQuery: (query, params) => void captured.push({ query, params }) },
  });
  try {
    await runMigrations(handle, database.url);
    await seedDemo(handle.db);
    console.log(`generating ${COMPLAINTS} complaints and ${INCIDENTS} incidents…`);
    const generateSeconds = await generate(database.url);
    console.log(`\ngenerated in ${generateSeconds.toFixed(0)} s`);

    const [me] = await selectRows<{ id: string; role: "investigator"; name: string }>(
      handle.db,
      sql`select id, role, name from users where email = 'bench-inv-1@example.com'`,
    );
    const [svc] = await selectRows<{ id: string }>(handle.db, sql`select service_id as id from complaints group by 1 order by count(*) desc limit 1`);
    const ctx = makeDomainCtx({
      db: handle.db,
      actor: { userId: me!.id, role: "investigator", agencyId: null, name: me!.name },
      config: defaultConfig(),
    });

    const filterSets: Array<{ name: string; input: Record<string, unknown> }> = [
      { name: "all, newest first", input: {} },
      { name: "one service, received, newest", input: { serviceId: svc!.id, stage: ["received"] } },
      { name: "overdue, nearest deadline first", input: { deadline: "overdue", sort: "due" } },
      { name: "full-text 'server gangguan'", input: { q: "server gangguan" } },
      { name: "mine, in verification, by deadline", input: { assignee: "me", stage: ["formal_verification", "material_verification"], sort: "due" } },
    ];
    const queue = [];
    let slowest = { name: "", p95: 0, queries: [] as { query: string; params: unknown[] }[] };
    for (const set of filterSets) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        captured.length = 0;
        const t0 = performance.now();
        const page = await listQueue({ ctx, input: set.input });
        const ms = performance.now() - t0;
        if (i >= 5) times.push(ms); // the first runs warm the cache
        if (i === 0 && page.items.length === 0) console.warn(`  ${set.name}: empty page`);
      }
      times.sort((a, b) => a - b);
      const row = { name: set.name, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
      queue.push(row);
      console.log(`  queue ${row.name}: p50 ${row.p50_ms} ms, p95 ${row.p95_ms} ms`);
      // listQueue runs two statements: the page of ids, then the names for those ids. Keep both.
      if (row.p95_ms > slowest.p95) slowest = { name: set.name, p95: row.p95_ms, queries: [...captured] };
    }

    // Clustering one new complaint: insert it and place it, inside a transaction that is rolled back.
    const [target] = await selectRows<{ service_id: string; agency_id: string; place_id: string }>(
      handle.db,
      sql`select i.service_id, i.agency_id, ip.place_id from incidents i join incident_places ip on ip.incident_id = i.id
          where i.state = 'confirmed' and i.public_status <> 'resolved' order by i.last_report_at desc limit 1`,
    );
    const clusterTimes: number[] = [];
    const outcomes: Record<string, number> = {};
    class Rollback extends Error {}
    for (let i = 0; i < CLUSTER_RUNS + 5; i++) {
      await handle.db
        .transaction(async (tx: Tx) => {
          const [c] = await tx
            .insert(complaints)
            .values({
              trackingCode: `ZZZZ-${String(i).padStart(4, "0")}-ZZ`,
              idempotencyKey: `bench-cluster-${randomUUID()}`,
              category: "system_down",
              serviceId: i % 2 === 0 ? target!.service_id : svc!.id,
              agencyId: target!.agency_id,
              placeId: target!.place_id,
              occurredAt: new Date(),
              description: "Server gangguan, antrean panjang di loket, petugas meminta formulir kertas.",
            })
            .returning();
          const t0 = performance.now();
          const outcome = await clusterComplaint(tx, c!);
          const ms = performance.now() - t0;
          if (i >= 5) {
            clusterTimes.push(ms);
            outcomes[outcome.kind] = (outcomes[outcome.kind] ?? 0) + 1;
          }
          throw new Rollback();
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
        });
    }
    clusterTimes.sort((a, b) => a - b);

    const admin = postgres(database.url, { max: 1, onnotice: () => {} });
    const sections = [];
    for (const q of slowest.queries) {
      const plan = await admin.unsafe(`explain (analyze, buffers) ${q.query}`, q.params as never[]);
      sections.push(`${q.query}\n\n${plan.map((r) => (r as Record<string, string>)["QUERY PLAN"]).join("\n")}`);
    }
    await admin.end();
    writeFileSync(
      path.join(root, "bench", "results", "triage-explain.txt"),
      `-- slowest queue filter set: ${slowest.name}\n\n${sections.join("\n\n")}\n`,
    );

    const out = {
      when: new Date().toISOString(),
      machine: "2 cores, 24 GiB; PostgreSQL 15 on the same machine; times measured through the domain verb (SQL + ORM)",
      complaints: COMPLAINTS,
      incidents: INCIDENTS,
      generate_s: Math.round(generateSeconds),
      runs_per_query: RUNS,
      cluster_runs: CLUSTER_RUNS,
      queue,
      cluster_p50_ms: percentile(clusterTimes, 50),
      cluster_p95_ms: percentile(clusterTimes, 95),
      cluster_outcomes: outcomes,
      slowest_queue_query: slowest.name,
    };
    writeFileSync(path.join(root, "bench", "results", "triage.json"), `${JSON.stringify(out, null, 2)}\n`);
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await handle.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
