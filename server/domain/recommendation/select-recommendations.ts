import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { agencies, evaluationReports, recommendationEvents, recommendations, users } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { attachmentsByOwner } from "@/server/domain/attachment/by-owner";
import { recommendationColumns } from "./columns";
import { isRecommendationOverdue } from "./status";

/** Recommendations of published reports, with their history; `where` narrows them (by agency for responders). */
export async function listRecommendations(db: Queryable, now: Date, where: SQL | undefined) {
  const rows = await db
    .select({
      ...recommendationColumns,
      version: recommendations.version,
      reportTitle: evaluationReports.title,
      reportSlug: evaluationReports.slug,
    })
    .from(recommendations)
    .innerJoin(evaluationReports, eq(evaluationReports.id, recommendations.reportId))
    .innerJoin(agencies, eq(agencies.id, recommendations.agencyId))
    .where(and(eq(evaluationReports.status, "published"), where))
    .orderBy(asc(recommendations.dueAt))
    .limit(500);
  const events = rows.length
    ? await db
        .select({
          id: recommendationEvents.id,
          recommendationId: recommendationEvents.recommendationId,
          at: recommendationEvents.createdAt,
          fromStatus: recommendationEvents.fromStatus,
          toStatus: recommendationEvents.toStatus,
          agencyEvidence: recommendationEvents.agencyEvidence,
          decisionNote: recommendationEvents.decisionNote,
          actorName: users.name,
        })
        .from(recommendationEvents)
        .innerJoin(users, eq(users.id, recommendationEvents.actorId))
        .where(
          inArray(
            recommendationEvents.recommendationId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(desc(recommendationEvents.createdAt))
    : [];
  const files = await attachmentsByOwner(
    db,
    "recommendationEventId",
    events.map((e) => e.id),
  );
  return rows.map((r) => ({
    ...r,
    overdue: isRecommendationOverdue(r, now),
    history: events.filter((e) => e.recommendationId === r.id).map((e) => ({ ...e, attachments: files.get(e.id) ?? [] })),
  }));
}
