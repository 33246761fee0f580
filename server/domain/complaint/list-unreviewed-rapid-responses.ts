import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { complaints, complaintStageEvents, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** Rapid responses an admin has not yet reviewed, oldest first: shown on the admin dashboard until reviewed. */
export async function listUnreviewedRapidResponses({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const pending = await ctx.db
    .select({ id: complaints.id, trackingCode: complaints.trackingCode, version: complaints.version, stage: complaints.stage })
    .from(complaints)
    .where(and(eq(complaints.rapidResponse, true), isNull(complaints.rapidResponseReviewedAt)))
    .orderBy(complaints.stageChangedAt)
    .limit(50);
  if (pending.length === 0) return [];
  // Who started each one, when and why: its latest move into examination.
  const starts = await ctx.db
    .select({
      complaintId: complaintStageEvents.complaintId,
      at: complaintStageEvents.createdAt,
      reason: complaintStageEvents.reason,
      startedBy: users.name,
    })
    .from(complaintStageEvents)
    .leftJoin(users, eq(users.id, complaintStageEvents.actorId))
    .where(
      and(
        inArray(
          complaintStageEvents.complaintId,
          pending.map((p) => p.id),
        ),
        eq(complaintStageEvents.toStage, "examination"),
      ),
    )
    .orderBy(desc(complaintStageEvents.createdAt));
  return pending.map((p) => {
    const start = starts.find((s) => s.complaintId === p.id);
    return { ...p, at: start?.at ?? null, reason: start?.reason ?? "", startedBy: start?.startedBy ?? "" };
  });
}
