import type { z } from "zod";
import { eq } from "drizzle-orm";
import { complaintRatings, complaints } from "@/server/db/schema";
import type { RatingChannel } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { normalizeTrackingCode } from "@/server/domain/complaint/tracking-code";
import { DAY } from "@/server/domain/complaint/fixed-check-window";
import { RATING_CHANGE_DAYS, rateHandlingInput } from "./schemas";

/** Until when a rating first given at `createdAt` may be changed. */
export const changeableUntil = (createdAt: Date) => new Date(createdAt.getTime() + RATING_CHANGE_DAYS * DAY);

const refused = (key: string) => new DomainError("CONFLICT", key, { score: [key] });

/**
 * The reporter rates how their closed case was handled, by its tracking code (on the tracking page, or replying
 * on WhatsApp): once per complaint, and changeable for RATING_CHANGE_DAYS after it was first given.
 */
export async function rateHandling({
  ctx,
  input,
  channel,
}: {
  ctx: DomainCtx;
  input: z.input<typeof rateHandlingInput>;
  channel: RatingChannel;
}): Promise<{ changed: boolean; changeableUntil: Date }> {
  const data = rateHandlingInput.parse(input);
  const code = normalizeTrackingCode(data.code);
  // Checked (and a miss counted) before the transaction, as every lookup by tracking code is.
  const known = await lookupByTrackingCode(ctx, async () =>
    code ? (await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code)))[0] : null,
  );
  if (!known) throw notFound("complaint");
  return ctx.db.transaction((tx) => rateComplaint(tx, known.id, { score: data.score, comment: data.comment ?? null, channel }, ctx.now()));
}

/** The rating of one complaint, its row locked; shared by the tracking page and WhatsApp. */
export async function rateComplaint(
  tx: Queryable,
  complaintId: string,
  rating: { score: number; comment: string | null; channel: RatingChannel },
  now: Date,
): Promise<{ changed: boolean; changeableUntil: Date }> {
  const [c] = await tx.select({ stage: complaints.stage }).from(complaints).where(eq(complaints.id, complaintId)).for("update");
  if (!c) throw notFound("complaint");
  if (c.stage !== "closed") throw refused("errors.ratingNotClosed");
  const [before] = await tx.select().from(complaintRatings).where(eq(complaintRatings.complaintId, complaintId));
  if (before && now.getTime() > changeableUntil(before.createdAt).getTime()) throw refused("errors.ratingLocked");
  const values = { score: rating.score, comment: rating.comment || null, channel: rating.channel, updatedAt: now };
  if (before)
    await tx
      .update(complaintRatings)
      .set({ ...values, ...(rating.score !== before.score ? { reviewedAt: null, reviewedById: null } : {}) })
      .where(eq(complaintRatings.complaintId, complaintId));
  else await tx.insert(complaintRatings).values({ complaintId, ...values, createdAt: now });
  // The score only: a comment may hold what the reporter would not want copied into the audit trail.
  await writeAudit(tx, null, {
    action: "complaint.rating",
    entityType: "complaint",
    entityId: complaintId,
    before: before ? { score: before.score } : null,
    after: { score: rating.score, channel: rating.channel },
  });
  return { changed: before !== undefined, changeableUntil: changeableUntil(before?.createdAt ?? now) };
}
