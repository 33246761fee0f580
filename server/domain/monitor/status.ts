import { asc, eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { monitorOutages, monitors } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { inJakarta } from "@/server/domain/jakarta-sql";

/** Share of checks that passed, per monitored service and Jakarta day, from the hourly roll-ups. */
export async function uptimeByServiceDay(db: Queryable, from: Date): Promise<Map<string, Map<string, number>>> {
  const rows = await selectRows<{ service_id: string; day: string; checks: number; failures: number }>(
    db,
    sql`select m.service_id, to_char(${inJakarta(sql`r.bucket_start`)}, 'YYYY-MM-DD') as day, sum(r.checks)::int as checks, sum(r.failures)::int as failures
        from monitor_rollups r join monitors m on m.id = r.monitor_id
        where r.grain = 'hour' and r.bucket_start >= ${from.toISOString()}::timestamptz
        group by 1, 2`,
  );
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.checks === 0) continue;
    const days = out.get(r.service_id) ?? new Map<string, number>();
    days.set(r.day, 1 - r.failures / r.checks);
    out.set(r.service_id, days);
  }
  return out;
}

export type MonitorState = "up" | "down" | "pending";

/** Each monitored service's state now: down while any of its active monitors has an open outage. */
export async function stateByService(db: Queryable): Promise<Map<string, { state: MonitorState; since: Date | null }>> {
  const rows = await selectRows<{ service_id: string; checked: boolean; down_since: string | null }>(
    db,
    sql`select m.service_id, bool_or(m.last_checked_at is not null) as checked, min(o.started_at)::text as down_since
        from monitors m left join monitor_outages o on o.monitor_id = m.id and o.ended_at is null
        where m.is_active group by m.service_id`,
  );
  return new Map(
    rows.map((r) => [
      r.service_id,
      r.down_since ? { state: "down", since: new Date(r.down_since) } : { state: r.checked ? "up" : "pending", since: null },
    ]),
  );
}

/** The measured outages joined to an incident, oldest first: its "measured downtime". */
export async function outagesOfIncidents(db: Queryable, incidentIds: string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .select({
      startedAt: monitorOutages.startedAt,
      endedAt: monitorOutages.endedAt,
      failedChecks: monitorOutages.failedChecks,
      monitor: monitors.name,
    })
    .from(monitorOutages)
    .innerJoin(monitors, eq(monitors.id, monitorOutages.monitorId))
    .where(sql`${monitorOutages.incidentId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(incidentIds)}::jsonb))`)
    .orderBy(asc(monitorOutages.startedAt));
}
