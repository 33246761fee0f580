import { sql } from "drizzle-orm";
import { boolean, check, date, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./users";

/** Configurable values (deadlines, thresholds) that override the defaults in code. */
export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedById: uuid().references(() => users.id),
  updatedAt: updatedAt(),
});

/** National holidays skipped by working-day deadlines. */
export const holidays = pgTable("holidays", {
  day: date({ mode: "string" }).primaryKey(),
  name: text().notNull(),
});

/** Bilingual canned responses for common messages to reporters. */
export const cannedResponses = pgTable(
  "canned_responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull(),
    titleId: text().notNull(),
    titleEn: text().notNull(),
    bodyId: text().notNull(),
    bodyEn: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("canned_responses_key_idx").on(t.key),
    check("canned_responses_body_check", sql`char_length(${t.bodyId}) > 0 and char_length(${t.bodyEn}) > 0`),
  ],
);
