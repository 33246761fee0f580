import { and, asc, count, desc, eq, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import { complaints, incidents, users } from "@/server/db/schema";
import { COMPLAINT_STAGES, INCIDENT_STATES, OPEN_INCIDENT_STATES, STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { lowRatingsToReview } from "@/server/domain/rating/review";
import { ratingSummary } from "@/server/domain/rating/summary";
import type { DomainCtx } from "@/server/domain/context";
import type { Dashboard } from "./schemas";

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts for the Ombudsman staff dashboard. */
export async function getDashboard({ ctx }: { ctx: DomainCtx }): Promise<Dashboard> {
  requireRole(ctx, STAFF_ROLES);
  const now = ctx.now();
  const [stageRows, incidentRows, overdueRows, surgeAlerts, workload, lowRatings, rating] = await Promise.all([
    ctx.db.select({ stage: complaints.stage, n: count() }).from(complaints).groupBy(complaints.stage),
    // "Open" also means not yet resolved: a confirmed incident keeps its state once its public status is resolved.
    ctx.db
      .select({
        state: incidents.state,
        n: count(),
        open: sql<number>`count(*) filter (where ${incidents.publicStatus} <> 'resolved')`.mapWith(Number),
      })
      .from(incidents)
      .groupBy(incidents.state),
    ctx.db
      .select({ n: count() })
      .from(complaints)
      .where(and(ne(complaints.stage, "closed"), isNotNull(complaints.dueAt), lt(complaints.dueAt, now))),
    ctx.db
      .select({
        id: incidents.id,
        code: incidents.code,
        title: incidents.titleId,
        reportCount: incidents.reportCount,
        lastReportAt: incidents.lastReportAt,
      })
      .from(incidents)
      .where(and(eq(incidents.state, "candidate"), eq(incidents.detectedBySurge, true)))
      .orderBy(desc(incidents.lastReportAt))
      .limit(10),
    ctx.db
      .select({
        userId: users.id,
        name: users.name,
        open: sql<number>`count(${complaints.id}) filter (where ${complaints.stage} <> 'closed')::int`,
        overdue: sql<number>`count(${complaints.id}) filter (where ${complaints.stage} <> 'closed' and ${complaints.dueAt} < ${now.toISOString()}::timestamptz)::int`,
      })
      .from(users)
      .leftJoin(complaints, eq(complaints.assigneeId, users.id))
      .where(and(eq(users.active, true), inArray(users.role, STAFF_ROLES)))
      .groupBy(users.id, users.name)
      .orderBy(asc(users.name)),
    lowRatingsToReview(ctx),
    ratingSummary(ctx.db),
  ]);
  const byStage = zeroes(COMPLAINT_STAGES);
  for (const r of stageRows) byStage[r.stage] = r.n;
  const incidentsByState = zeroes(INCIDENT_STATES);
  for (const r of incidentRows) incidentsByState[r.state] = r.n;
  const total = stageRows.reduce((s, r) => s + r.n, 0);
  const openIncidents = incidentRows.filter((r) => OPEN_INCIDENT_STATES.some((s) => s === r.state)).reduce((sum, r) => sum + r.open, 0);
  return {
    total,
    open: total - byStage.closed,
    overdue: overdueRows[0]?.n ?? 0,
    byStage,
    incidentsByState,
    surgeAlerts,
    openIncidents,
    workload,
    lowRatings,
    rating,
    generatedAt: now,
  };
}
