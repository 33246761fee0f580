// npm run bench:intake — concurrent complaint submissions against the built app on real PostgreSQL, side by
// side in one run: as multipart, as JSON (a report without files), and a one-SELECT route as the floor.
// Writes bench/results/intake.json and fails unless every acknowledged submission is stored exactly once
// (requests still in flight when the time runs out may be stored without an acknowledgement).
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { sql } from "drizzle-orm";
import { createBenchDatabase, percentile, root, startApp, seedWithModel } from "./lib/app";

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
  await seedWithModel(handle.db);
  const services = await selectRows<{ id: string }>(handle.db, sql`select id from services`);
  const placesRows = await selectRows<{ id: string }>(handle.db, sql`select id from places`);

  const app = await startApp(database.url, {
    DATABASE_POOL_SIZE: "20",
    RATE_LIMIT_SUBMIT_PER_IP: "100000000",
    RATE_LIMIT_SUBMIT_PER_CONTACT: "100000000",
  });
  const phase = async (body: "multipart" | "json") => {
    const acknowledged = new Set<string>();
    const latencies: number[] = [];
    const started = new Map<string, number>();
    const prefix = `bench_${body}_`;
    const result = await autocannon({
      url: app.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: "POST",
          path: "/api/trpc/complaint.submit",
          headers: { "content-type": body === "json" ? "application/json" : `multipart/form-data; boundary=${BOUNDARY}`, "x-sigap-request": "1" },
          setupRequest: (req, context) => {
            const key = `${prefix}${randomUUID().replaceAll("-", "")}`;
            (context as { key?: string }).key = key;
            started.set(key, performance.now());
            n++;
            const data = {
              idempotencyKey: key,
              category: n % 3 === 0 ? "crowding" : "system_down",
              serviceId: services[n % services.length]!.id,
              placeId: placesRows[n % placesRows.length]!.id,
              occurredAt: new Date().toISOString(),
              description: `Antrean panjang karena sistem gangguan, laporan uji beban nomor ${n}.`,
              contactEmail: n % 2 === 0 ? `bench${n}@example.com` : "",
              confidential: true,
            };
            return { ...req, body: body === "json" ? JSON.stringify({ json: data }) : multipart(data) };
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
    const storedKeys = new Set(
      (
        await selectRows<{ key: string }>(handle.db, sql`select idempotency_key as key from complaints where idempotency_key like ${`${prefix}%`}`)
      ).map((r) => r.key),
    );
    const stored = storedKeys.size;
    const lost = [...acknowledged].filter((k) => !storedKeys.has(k)).length;
    latencies.sort((a, b) => a - b);
    return {
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
      errors_5xx: result["5xx"],
      errors_4xx: result["4xx"],
      errors_network: result.errors + result.timeouts,
    };
  };
  let n = 0;
  try {
    // Side by side in one run: the same reports as multipart (what the form sent for every report) and as JSON
    // (what it sends now when there are no files), then the framework floor: a route that runs one SELECT.
    const multipartPhase = await phase("multipart");
    const jsonPhase = await phase("json");
    const floor = await autocannon({ url: `${app.url}/api/health`, connections: CONNECTIONS, duration: DURATION_S });
    const floorPerS = Math.round((floor.requests.total / DURATION_S) * 10) / 10;
    const [{ dupes }] = (await selectRows<{ dupes: number }>(
      handle.db,
      sql`select count(*)::int as dupes from (select idempotency_key from complaints group by 1 having count(*) > 1) d`,
    )) as [{ dupes: number }];
    const out = {
      when: new Date().toISOString(),
      machine: "2 cores, 24 GiB; app, PostgreSQL 15 and the load generator on the same machine; one app instance",
      connections: CONNECTIONS,
      duration_s: DURATION_S,
      multipart: multipartPhase,
      json: jsonPhase,
      floor_health_per_s: floorPerS,
      ratio_json_to_multipart: Math.round((jsonPhase.accepted_per_s / multipartPhase.accepted_per_s) * 1000) / 1000,
      ratio_json_to_floor: Math.round((jsonPhase.accepted_per_s / floorPerS) * 1000) / 1000,
      ratio_multipart_to_floor: Math.round((multipartPhase.accepted_per_s / floorPerS) * 1000) / 1000,
      duplicates: dupes,
    };
    const file = path.join(root, "bench", "results", "intake.json");
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(JSON.stringify(out, null, 2));
    const phases = [multipartPhase, jsonPhase];
    if (dupes !== 0 || phases.some((p) => p.lost !== 0 || p.errors_5xx !== 0)) {
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
