import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { runCheck, type CheckNetwork, type CheckResult, type CheckTarget } from "./http-check";
import { recordCheck } from "./record-check";

type Claimed = CheckTarget & { id: string; dueAt: Date };

/**
 * Claims the monitors whose check is due and moves each one's next time on by its interval, in one statement:
 * SKIP LOCKED lets several workers claim at once without any check running twice. A monitor that fell more
 * than an interval behind (the workers were down) is spread over its next interval instead of all at once.
 */
export async function claimDueMonitors(ctx: DomainCtx, limit: number): Promise<Claimed[]> {
  if (limit <= 0) return [];
  const now = ctx.now().toISOString();
  const rows = await selectRows<{
    id: string;
    url: string;
    method: "GET" | "HEAD";
    expect_status_min: number;
    expect_status_max: number;
    expect_text: string | null;
    timeout_ms: number;
    due_at: string;
  }>(
    ctx.db,
    sql`with due as (
          select id, next_due_at from monitors
          where is_active and next_due_at <= ${now}::timestamptz
          order by next_due_at
          limit ${limit}
          for update skip locked
        )
        update monitors m set next_due_at = case
            when due.next_due_at + make_interval(secs => m.interval_seconds) > ${now}::timestamptz
              then due.next_due_at + make_interval(secs => m.interval_seconds)
            else ${now}::timestamptz + make_interval(secs => m.interval_seconds * random()) end
        from due where m.id = due.id
        returning m.id, m.url, m.method, m.expect_status_min, m.expect_status_max, m.expect_text, m.timeout_ms, due.next_due_at::text as due_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    method: r.method,
    expectStatusMin: r.expect_status_min,
    expectStatusMax: r.expect_status_max,
    expectText: r.expect_text,
    timeoutMs: r.timeout_ms,
    dueAt: new Date(r.due_at),
  }));
}

export type CheckStarted = { monitorId: string; dueAt: Date; startedAt: Date };

/**
 * Runs the claimed checks, `concurrency` at a time, and records each as it ends. Returns when all are recorded;
 * the job worker does not wait for it (a slow site must not hold up the next claim).
 */
export async function runClaimedChecks({
  ctx,
  claimed,
  network,
  concurrency,
  onStart,
  onResult,
}: {
  ctx: DomainCtx;
  claimed: Claimed[];
  network: CheckNetwork;
  concurrency: number;
  onStart?: (started: CheckStarted) => void;
  onResult?: (result: CheckResult) => void;
}) {
  const queue = [...claimed];
  let opened = 0;
  let closed = 0;
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const startedAt = ctx.now();
      onStart?.({ monitorId: next.id, dueAt: next.dueAt, startedAt });
      const result = await runCheck(next, network);
      onResult?.(result);
      const change = await recordCheck({ ctx, monitorId: next.id, checkedAt: startedAt, result });
      if (change?.kind === "opened") opened++;
      if (change?.kind === "closed") closed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
  return { checked: claimed.length, opened, closed };
}

/** Claims and runs every due check, and waits for them: for tests and the command line. */
export async function runDueChecks({ ctx, network, concurrency = 50 }: { ctx: DomainCtx; network: CheckNetwork; concurrency?: number }) {
  return runClaimedChecks({ ctx, claimed: await claimDueMonitors(ctx, 10_000), network, concurrency });
}
