import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, serial, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { COMPLAINT_CATEGORIES, TOPIC_CODES, TRIAGE_SPLITS } from "./constants";
import { complaints } from "./complaints";
import { users } from "./users";

/**
 * Labelled texts the triage model learns from and is measured on: the shipped corpus (keyed by `externalKey`)
 * and every classification staff confirm or correct (keyed by `complaintId`, the latest decision wins).
 * Labels are codes, not ids, so the corpus survives catalogue edits; an unknown service code is skipped.
 */
export const triageExamples = pgTable(
  "triage_examples",
  {
    id: uuid().primaryKey().defaultRandom(),
    externalKey: text(),
    complaintId: uuid().references(() => complaints.id, { onDelete: "cascade" }),
    text: text().notNull(),
    topicCode: text({ enum: TOPIC_CODES }).notNull(),
    serviceCode: text(),
    category: text({ enum: COMPLAINT_CATEGORIES }).notNull(),
    placeSlug: text(),
    split: text({ enum: TRIAGE_SPLITS }).notNull(),
    /** Texts of one story or template share a group and so one side of every split. */
    groupKey: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("triage_examples_external_key_idx").on(t.externalKey),
    uniqueIndex("triage_examples_complaint_id_idx").on(t.complaintId),
    check("triage_examples_source_check", sql`num_nonnulls(${t.externalKey}, ${t.complaintId}) = 1`),
    check("triage_examples_topic_check", oneOf(t.topicCode, TOPIC_CODES)),
    check("triage_examples_category_check", oneOf(t.category, COMPLAINT_CATEGORIES)),
    check("triage_examples_split_check", oneOf(t.split, TRIAGE_SPLITS)),
    check("triage_examples_text_check", sql`char_length(${t.text}) between 1 and 4000`),
  ],
);

/** Trained models, versioned, each with its held-out figures; one is current. */
export const triageModels = pgTable(
  "triage_models",
  {
    version: serial().primaryKey(),
    /** The serialised model (see domain/triage/model.ts); loaded by every instance. */
    model: jsonb().notNull(),
    /** Held-out and calibration figures, the auto-apply thresholds chosen, training time and size. */
    figures: jsonb().notNull(),
    trainedExamples: integer().notNull(),
    current: boolean().notNull().default(false),
    trainedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("triage_models_current_idx")
      .on(t.current)
      .where(sql`${t.current}`),
  ],
);

/** What triage said of one report: the ranked suggestions and which values it set itself, with their probability. */
export const complaintTriage = pgTable(
  "complaint_triage",
  {
    complaintId: uuid()
      .primaryKey()
      .references(() => complaints.id, { onDelete: "cascade" }),
    modelVersion: integer().references(() => triageModels.version),
    /** { topic: [{ code, p }], service: [{ code, id, p }], agency, category, place } best first. */
    suggestions: jsonb().notNull(),
    /** { field: { value, p } } for each value Sigap set above its threshold. */
    applied: jsonb().notNull().default({}),
    /** Staff confirmed or corrected the classification (then suggestions are history). */
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("complaint_triage_model_version_idx").on(t.modelVersion)],
);

export const complaintTriageRelations = relations(complaintTriage, ({ one }) => ({
  complaint: one(complaints, { fields: [complaintTriage.complaintId], references: [complaints.id] }),
}));

export type TriageExample = typeof triageExamples.$inferSelect;
export type TriageModelRow = typeof triageModels.$inferSelect;
export type ComplaintTriage = typeof complaintTriage.$inferSelect;
