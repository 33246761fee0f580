import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** Every monitor for the admin page: its target, state, last check and the last 24 hours' share of passed checks. */
export async function listMonitors({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const since = new Date(ctx.now().getTime() - 24 * 3600_000).toISOString();
  const rows = await selectRows<{
    id: string;
    name: string;
    url: string;
    method: string;
    interval_seconds: number;
    failures_to_open: number;
    is_active: boolean;
    last_checked_at: string | null;
    last_ok: boolean | null;
    last_error: string | null;
    service_name: string;
    down_since: string | null;
    checks: number;
    passed: number;
  }>(
    ctx.db,
    sql`select m.id, m.name, m.url, m.method, m.interval_seconds, m.failures_to_open, m.is_active, m.last_checked_at::text, m.last_ok, m.last_error,
          s.name_id as service_name,
          (select min(started_at)::text from monitor_outages o where o.monitor_id = m.id and o.ended_at is null) as down_since,
          day.checks, day.passed
        from monitors m join services s on s.id = m.service_id
        cross join lateral (
          select count(*)::int as checks, (count(*) filter (where c.ok))::int as passed
          from monitor_checks c where c.monitor_id = m.id and c.checked_at >= ${since}::timestamptz) day
        order by s.name_id, m.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    url: r.url,
    method: r.method,
    intervalSeconds: r.interval_seconds,
    failuresToOpen: r.failures_to_open,
    active: r.is_active,
    serviceName: r.service_name,
    lastCheckedAt: r.last_checked_at ? new Date(r.last_checked_at) : null,
    lastOk: r.last_ok,
    lastError: r.last_error,
    downSince: r.down_since ? new Date(r.down_since) : null,
    uptime24h: r.checks > 0 ? r.passed / r.checks : null,
  }));
}
