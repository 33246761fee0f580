import { z } from "zod";
import { optional } from "@/server/domain/schema-helpers";

/** How long after first giving it a reporter may change their rating. */
export const RATING_CHANGE_DAYS = 14;

export const ratingScore = z.coerce
  .number({ error: "errors.ratingScore" })
  .int({ error: "errors.ratingScore" })
  .min(1, { error: "errors.ratingScore" })
  .max(5, { error: "errors.ratingScore" });
export const ratingComment = optional(z.string().trim().max(1000, { error: "errors.ratingComment" }));

export const rateHandlingInput = z.object({ code: z.string().trim().min(1).max(40), score: ratingScore, comment: ratingComment });
export const rateHandlingOutput = z.object({ changed: z.boolean(), changeableUntil: z.date() });

export const reviewRatingInput = z.object({ complaintId: z.uuid() });
export const reviewRatingOutput = z.object({ reviewed: z.boolean() });

/** The reporter's own rating, as their tracking page shows it back to them. */
export const ownRating = z.object({ score: z.number().int(), comment: z.string().nullable(), changeableUntil: z.date() });

/** The rating as staff see it on the case. */
export const staffRating = z.object({
  score: z.number().int(),
  comment: z.string().nullable(),
  channel: z.string(),
  ratedAt: z.date(),
  reviewedAt: z.date().nullable(),
});

/**
 * Ratings added up for the public: the count always, the average and the count of each score (1–5) only from
 * MIN_CELL ratings on, so no figure is one person's.
 */
export const ratingSummary = z.object({
  count: z.number().int(),
  average: z.number().nullable(),
  distribution: z.array(z.number().int()).length(5).nullable(),
});
export type RatingSummary = z.output<typeof ratingSummary>;
