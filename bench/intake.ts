// npm run bench:intake — concurrent complaint submissions against the built app on real PostgreSQL.
// Writes bench/results/intake.json and fails unless every acknowledged submission is stored exactly once
// (requests still in flight when the time runs out may be stored without an acknowledgement).
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { connect } from "../server/db/connect";
import { runMigrations } from "../server/db/migrate";
import { selectRows } from "../server/db/rows";
import { seedDemo } from "../server/db/seed";
import { sql } from "drizzle-orm";
import { createBenchDatabase, percentile, root, startApp } from "./lib/app";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
const BOUNDARY = "----sigapbench7MA4YWxkTrZu0gW";

function multipart(data: unknown): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n--${BOUNDARY}--\r\n`;
}

async function main() {
  const database = await createBenchDatabase(ADMIN_URL);
  const handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedDemo(handle.db);
  const services = await selectRows<{ id: string }>(handle.db, sql`select id from services`);
  const placesRows = await selectRows<{ id: string }>(handle.db, sql`select id from places`);

  const app = await startApp(database.url, {
    DATABASE_POOL_SIZE: "20",
    RATE_LIMIT_SUBMIT_PER_IP: "100000000",
    RATE_LIMIT_SUBMIT_PER_CONTACT: "100000000",
  });
  const acknowledged = new Set<string>();
  const latencies: number[] = [];
  const started = new Map<string, number>();
  let n = 0;
  try {
    const result = await autocannon({
      url: app.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: "POST",
          path: "/api/trpc/complaint.submit",
          headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, "x-sigap-request": "1" },
          setupRequest: (req, context) => {
            const key = `bench_${randomUUID().replaceAll("-", "")}`;
            (context as { key?: string }).key = key;
            started.set(key, performance.now());
            n++;
            return {
              ...req,
              body: multipart({
                idempotencyKey: key,
                category: n % 3 === 0 ? "crowding" : "system_down",
                serviceId: services[n % services.length]!.id,
                placeId: placesRows[n % placesRows.length]!.id,
                occurredAt: new Date().toISOString(),
                description: `Antrean panjang karena sistem gangguan, laporan uji beban nomor ${n}.`,
                contactEmail: n % 2 === 0 ? `bench${n}@example.com` : "",
                confidential: true,
              }),
            };
          },
          onResponse: (status, _body, context) => {
            const key = (context as { key?: string }).key ?? "";
            const t0 = started.get(key);
            if (t0 !== undefined) latencies.push(performance.now() - t0);
            if (status === 200) acknowledged.add(key);
          },
        },
      ],
    });
    const storedKeys = new Set((await selectRows<{ key: string }>(handle.db, sql`select idempotency_key as key from complaints where idempotency_key like 'bench_%'`)).map((r) => r.key));
    const stored = storedKeys.size;
    const lost = [...acknowledged].filter((k) => !storedKeys.has(k)).length;
    const [{ dupes }] = (await selectRows<{ dupes: number }>(
      handle.db,
      sql`select count(*)::int as dupes from (select idempotency_key from complaints group by 1 having count(*) > 1) d`,
    )) as [{ dupes: number }];
    latencies.sort((a, b) => a - b);
    const out = {
      when: new Date().toISOString(),
      machine: "2 cores, 24 GiB; app and PostgreSQL 15 on the same machine",
      connections: CONNECTIONS,
      duration_s: DURATION_S,
      requests: result.requests.total,
      accepted_per_s: Math.round((acknowledged.size / DURATION_S) * 10) / 10,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: percentile(latencies, 99),
      acknowledged: acknowledged.size,
      stored,
      lost,
      // Sent when the run's time ran out: stored, but autocannon stopped before reading the answer.
      stored_unacknowledged: stored - (acknowledged.size - lost),
      duplicates: dupes,
      errors_5xx: result["5xx"],
      errors_4xx: result["4xx"],
      errors_network: result.errors + result.timeouts,
    };
    const file = path.join(root, "bench", "results", "intake.json");
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(JSON.stringify(out, null, 2));
    if (lost !== 0 || dupes !== 0 || out.errors_5xx !== 0) {
      console.error("FAIL: every acknowledged submission must be stored, with no duplicates and no 5xx");
      process.exitCode = 1;
    }
  } finally {
    await app.stop();
    await handle.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
