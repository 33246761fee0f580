import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Db } from "@/server/db/types";
import type { SurgeResult } from "./surge-load";

/** Restarts the local PostgreSQL cluster (this machine's; root runs CI and benchmarks here). */
export function restartPostgres(): void {
  const version = readdirSync("/etc/postgresql")[0];
  if (!version) throw new Error("no PostgreSQL cluster found in /etc/postgresql");
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "ignore" });
}

/** Checks what a run acknowledged against what is stored: every acknowledged key once, with the code the client got. */
export async function verifyStored(db: Db, prefix: string, result: SurgeResult) {
  const rows = await selectRows<{ key: string; code: string }>(
    db,
    sql`select idempotency_key as key, tracking_code as code from complaints where idempotency_key like ${`${prefix}%`}`,
  );
  const stored = new Map(rows.map((r) => [r.key, r.code]));
  let lost = 0;
  let wrongCode = 0;
  for (const [key, code] of result.acknowledged) {
    if (!stored.has(key)) lost++;
    else if (stored.get(key) !== code) wrongCode++;
  }
  const [dupes] = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select idempotency_key from complaints where idempotency_key like ${`${prefix}%`} group by 1 having count(*) > 1) d`,
  );
  return {
    acknowledgedUnique: result.acknowledged.size,
    stored: stored.size,
    lost,
    duplicates: (dupes?.n ?? 0) + wrongCode + result.replayMismatches,
  };
}

/** Seconds without any acknowledgement after the fault: how long clients waited for the system to come back. */
export function recoverySeconds(result: SurgeResult, faultAtMs: number): number {
  const after = result.ackTimes.filter((t) => t >= faultAtMs).sort((a, b) => a - b);
  let gap = 0;
  let previous = faultAtMs;
  for (const t of after) {
    gap = Math.max(gap, t - previous);
    previous = t;
  }
  return Math.round(gap / 100) / 10;
}

export function errors5xx(result: SurgeResult): number {
  return Object.entries(result.statusCounts)
    .filter(([status]) => /^5\d\d$/.test(status))
    .reduce((n, [, c]) => n + c, 0);
}
