import type { z } from "zod";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { complaintRatings, complaints } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { reviewRatingInput } from "./schemas";

/** A score this low asks an investigator to look at how the case was handled. */
export const LOW_SCORE = 2;

/** An investigator has looked at a low rating: it leaves the dashboard (a new low score puts it back). */
export async function reviewRating({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reviewRatingInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId } = reviewRatingInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(complaintRatings)
      .set({ reviewedAt: ctx.now(), reviewedById: actor.userId })
      .where(and(eq(complaintRatings.complaintId, complaintId), isNull(complaintRatings.reviewedAt), lte(complaintRatings.score, LOW_SCORE)))
      .returning({ id: complaintRatings.complaintId });
    if (done.length > 0) await writeAudit(tx, actor, { action: "complaint.rating_reviewed", entityType: "complaint", entityId: complaintId });
    return { reviewed: done.length > 0 };
  });
}

/** Low ratings no investigator has looked at yet, newest first, for the dashboard. */
export async function lowRatingsToReview(ctx: DomainCtx, limit = 20) {
  return ctx.db
    .select({
      complaintId: complaints.id,
      trackingCode: complaints.trackingCode,
      score: complaintRatings.score,
      ratedAt: complaintRatings.updatedAt,
      hasComment: sql<boolean>`${complaintRatings.comment} is not null`,
    })
    .from(complaintRatings)
    .innerJoin(complaints, eq(complaints.id, complaintRatings.complaintId))
    .where(and(lte(complaintRatings.score, LOW_SCORE), isNull(complaintRatings.reviewedAt)))
    .orderBy(sql`${complaintRatings.updatedAt} desc`)
    .limit(limit);
}
