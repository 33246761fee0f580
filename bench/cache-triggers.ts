// npm run bench:cache-triggers — one statement changing BENCH_TRIGGER_ROWS (50,000) incidents, under the public
// cache's statement-level triggers (0025) and, in the same run on the same rows, under 0016's row-level ones.
// Writes bench/results/cache-triggers.json.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { createBenchDatabase, root } from "./lib/app";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.BENCH_TRIGGER_ROWS ?? 50_000);
const RUNS = Number(process.env.BENCH_TRIGGER_RUNS ?? 3);

const STATEMENTS = {
  /** What bench:triage's generator does after filing reports: every incident's count moves. */
  countsOnly: { run: "update incidents set report_count = report_count + 1" },
  /** A change public pages show (the incidents counter moves). */
  publicField: { run: "update incidents set summary_id = summary_id || '.'" },
  /** The generator's next statement: each incident's places (the incidents counter moves, from another table). */
  placesInsert: {
    reset: "delete from incident_places",
    run: "insert into incident_places (incident_id, place_id) select i.id, p.id from incidents i cross join places p where p.slug = 'bench-trigger-place'",
  },
} as const satisfies Record<string, { run: string; reset?: string }>;

/** 0016's row-level incident trigger, read from the migration itself (its function and its trigger). */
function rowLevelTriggerSql(): string[] {
  const text = readFileSync(path.join(root, "drizzle/0016_public_cache_triggers.sql"), "utf8");
  return text
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter((s) =>
      /sigap_incident_public_changed|sigap_public_count_changed\(\) RETURNS|sigap_public_tag_changed\(\) RETURNS|incident_places_public_cache/.test(
        s,
      ),
    );
}

async function timeStatement(pg: postgres.Sql, statement: string): Promise<number> {
  const t0 = performance.now();
  await pg.begin(async (tx) => {
    await tx.unsafe(statement);
  });
  return performance.now() - t0;
}

async function main() {
  const database = await createBenchDatabase(ADMIN_URL);
  const handle = await connect({ driver: "postgres", url: database.url, poolSize: 1 });
  const pg = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await runMigrations(handle, database.url);
    await pg.unsafe(`insert into incidents (code, title_id, is_public, report_count)
      select 'INC-B' || lpad(g::text, 6, '0'), 'Insiden uji ' || g, g % 4 <> 0, 0 from generate_series(1, ${ROWS}) g`);
    await pg.unsafe("insert into places (slug, name, lat, lng) values ('bench-trigger-place', 'Terminal 3', -6.12, 106.65)");
    await pg.unsafe("vacuum analyze incidents");

    const measure = async (label: string) => {
      const out: Record<string, { runsMs: number[]; medianMs: number }> = {};
      for (const [name, statement] of Object.entries(STATEMENTS)) {
        const runsMs: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          if ("reset" in statement) await pg.unsafe(statement.reset);
          runsMs.push(await timeStatement(pg, statement.run));
          await pg.unsafe("vacuum incidents, incident_places, public_cache_tags");
        }
        const sorted = [...runsMs].sort((a, b) => a - b);
        out[name] = { runsMs: runsMs.map((ms) => Math.round(ms)), medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!) };
        console.log(`${label} ${name}: ${out[name].medianMs} ms (runs ${out[name].runsMs.join(", ")})`);
      }
      return out;
    };
    const bare = async () => {
      await pg.unsafe("alter table incidents disable trigger user; alter table incident_places disable trigger user");
      const out = await measure("no trigger");
      await pg.unsafe("alter table incidents enable trigger user; alter table incident_places enable trigger user");
      return out;
    };

    const floor = await bare();
    const statementLevel = await measure("statement-level (0025)");
    await pg.unsafe(
      ["incidents", "incident_places"]
        .map((t) => ["insert", "update", "delete"].map((e) => `drop trigger ${t}_public_cache_${e} on ${t};`).join(" "))
        .join(" "),
    );
    for (const s of rowLevelTriggerSql()) await pg.unsafe(s);
    const rowLevel = await measure("row-level (0016)");

    const result = {
      date: new Date().toISOString(),
      rows: ROWS,
      publicRows: ROWS - Math.floor(ROWS / 4),
      runs: RUNS,
      statements: STATEMENTS,
      noTriggerFloor: floor,
      statementLevel0025: statementLevel,
      rowLevel0016: rowLevel,
      speedup: Object.fromEntries(
        Object.keys(STATEMENTS).map((k) => [k, Math.round((rowLevel[k]!.medianMs / Math.max(1, statementLevel[k]!.medianMs)) * 10) / 10]),
      ),
    };
    writeFileSync(path.join(root, "bench/results/cache-triggers.json"), JSON.stringify(result, null, 2) + "\n");
    console.log(JSON.stringify(result.speedup));
  } finally {
    await pg.end();
    await handle.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
