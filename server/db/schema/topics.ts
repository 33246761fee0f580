import { check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { oneOf, updatedAt } from "./columns";
import { TOPIC_CODES } from "./constants";

/** The national topic taxonomy: one row per fixed code (inserted by the migration), labels editable by admins. */
export const topics = pgTable(
  "topics",
  {
    code: text({ enum: TOPIC_CODES }).primaryKey(),
    labelId: text().notNull(),
    labelEn: text().notNull(),
    position: integer().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [check("topics_code_check", oneOf(t.code, TOPIC_CODES))],
);

export type Topic = typeof topics.$inferSelect;
