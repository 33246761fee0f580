import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { settings } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

const WATERMARK = "monitor.rollup_through";
/** Results are stored when a check ends (up to its 30 s timeout after it started): buckets this recent are summed again. */
const LATE_MS = 10 * 60_000;
/** A worker down longer than raw checks are kept cannot be caught up past them. */
const MAX_CATCH_UP_MS = 7 * 24 * 3600_000;

function rollUpSql(grain: "minute" | "hour", from: Date, to: Date) {
  // Inlined, not a parameter: GROUP BY must see the very expression the SELECT list has.
  const unit = sql.raw(`'${grain}'`);
  return sql`with rolled as (
    insert into monitor_rollups (monitor_id, grain, bucket_start, checks, failures, p50_ms, p95_ms, max_ms)
    select monitor_id, ${unit}, date_trunc(${unit}, checked_at), count(*)::int, (count(*) filter (where not ok))::int,
      percentile_disc(0.5) within group (order by latency_ms), percentile_disc(0.95) within group (order by latency_ms), max(latency_ms)
    from monitor_checks
    where checked_at >= date_trunc(${unit}, ${from.toISOString()}::timestamptz) and checked_at <= ${to.toISOString()}::timestamptz
    group by monitor_id, date_trunc(${unit}, checked_at)
    on conflict (monitor_id, grain, bucket_start) do update set
      checks = excluded.checks, failures = excluded.failures, p50_ms = excluded.p50_ms, p95_ms = excluded.p95_ms, max_ms = excluded.max_ms
    -- A bucket summed again to the same figures is left alone: only real changes move the public pages' counts.
    where (monitor_rollups.checks, monitor_rollups.failures, monitor_rollups.p50_ms, monitor_rollups.p95_ms, monitor_rollups.max_ms)
      is distinct from (excluded.checks, excluded.failures, excluded.p50_ms, excluded.p95_ms, excluded.max_ms)
    returning 1)
    select count(*)::int as n from rolled`;
}

/**
 * Sums raw checks into per-minute and per-hour buckets (checks, failures, latency p50/p95/max), from a little
 * before the last run up to now; the current, unfinished buckets are summed too and completed by later runs.
 * Idempotent: any worker may run it, any number of times.
 */
export async function rollUpChecks({ ctx }: { ctx: DomainCtx }) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // One roll-up at a time: the row lock on the watermark orders concurrent runs.
    // The first run sums everything still kept.
    await tx
      .insert(settings)
      .values({ key: WATERMARK, value: new Date(0).toISOString() })
      .onConflictDoNothing();
    const [mark] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, WATERMARK)).for("update");
    const through = new Date(typeof mark?.value === "string" ? mark.value : now.toISOString());
    const from = new Date(Math.max(now.getTime() - MAX_CATCH_UP_MS, Math.min(through.getTime(), now.getTime()) - LATE_MS));
    const [minutes] = await selectRows<{ n: number }>(tx, rollUpSql("minute", from, now));
    const [hours] = await selectRows<{ n: number }>(tx, rollUpSql("hour", from, now));
    await tx.update(settings).set({ value: now.toISOString() }).where(eq(settings.key, WATERMARK));
    return { from, minutes: minutes?.n ?? 0, hours: hours?.n ?? 0 };
  });
}
