import { and, count, isNotNull, lt, ne } from "drizzle-orm";
import { complaints, incidents } from "../../db/schema";
import {
  COMPLAINT_STAGES,
  INCIDENT_STATES,
  STAFF_ROLES,
  type ComplaintStage,
  type IncidentState,
} from "../../db/schema/constants";
import { requireRole } from "../access";
import type { DomainCtx } from "../context";

export type Dashboard = {
  total: number;
  open: number;
  overdue: number;
  byStage: Record<ComplaintStage, number>;
  incidentsByState: Record<IncidentState, number>;
  generatedAt: Date;
};

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts for the Ombudsman staff dashboard. */
export async function getDashboard({ ctx }: { ctx: DomainCtx }): Promise<Dashboard> {
  requireRole(ctx, STAFF_ROLES);
  const now = ctx.now();
  const [stageRows, incidentRows, overdueRows] = await Promise.all([
    ctx.db.select({ stage: complaints.stage, n: count() }).from(complaints).groupBy(complaints.stage),
    ctx.db.select({ state: incidents.state, n: count() }).from(incidents).groupBy(incidents.state),
    ctx.db
      .select({ n: count() })
      .from(complaints)
      .where(and(ne(complaints.stage, "closed"), isNotNull(complaints.dueAt), lt(complaints.dueAt, now))),
  ]);
  const byStage = zeroes(COMPLAINT_STAGES);
  for (const r of stageRows) byStage[r.stage] = r.n;
  const incidentsByState = zeroes(INCIDENT_STATES);
  for (const r of incidentRows) incidentsByState[r.state] = r.n;
  const total = stageRows.reduce((s, r) => s + r.n, 0);
  return { total, open: total - byStage.closed, overdue: overdueRows[0]?.n ?? 0, byStage, incidentsByState, generatedAt: now };
}
