import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { RATING_CHANNELS } from "./constants";
import { complaints } from "./complaints";
import { users } from "./users";

/**
 * How the reporter rated the handling of their closed case: one row per complaint, changeable for a while
 * (see rating/rate.ts). The comment is for staff only; the public sees counts and averages of scores.
 */
export const complaintRatings = pgTable(
  "complaint_ratings",
  {
    complaintId: uuid()
      .primaryKey()
      .references(() => complaints.id, { onDelete: "cascade" }),
    score: integer().notNull(),
    comment: text(),
    channel: text({ enum: RATING_CHANNELS }).notNull(),
    /** A low score puts the case on the investigators' dashboard until one of them has looked at it. */
    reviewedAt: timestamptz(),
    reviewedById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("complaint_ratings_low_unreviewed_idx")
      .on(t.updatedAt)
      .where(sql`${t.score} <= 2 and ${t.reviewedAt} is null`),
    check("complaint_ratings_score_check", sql`${t.score} between 1 and 5`),
    check("complaint_ratings_comment_check", sql`char_length(${t.comment}) between 1 and 1000`),
    check("complaint_ratings_channel_check", oneOf(t.channel, RATING_CHANNELS)),
  ],
);

export type ComplaintRating = typeof complaintRatings.$inferSelect;
