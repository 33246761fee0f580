import { relations, sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, oneOf, subsetOf, timestamptz, updatedAt } from "./columns";
import { EVIDENCE_PARTS, LOCALES, MALADMINISTRATION_TYPES, RECOMMENDATION_STATUSES, REPORT_STATUSES } from "./constants";
import { incidents } from "./incidents";
import { users } from "./users";

export type TimelineEntry = { at: string; text: string };

/** An evaluation report: drafted by investigators, published by an admin. */
export const evaluationReports = pgTable(
  "evaluation_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    status: text({ enum: REPORT_STATUSES }).notNull().default("draft"),
    language: text({ enum: LOCALES }).notNull().default("id"),
    title: text().notNull(),
    summary: text().notNull().default(""),
    bodyMd: text().notNull().default(""),
    findings: text().notNull().default(""),
    maladministrationTypes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    timeline: jsonb().$type<TimelineEntry[]>().notNull().default([]),
    /** Which parts of the computed evidence pack the report includes (staff choose; the figures are never typed). */
    evidenceParts: text({ enum: EVIDENCE_PARTS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Number of the latest published version; 0 while never published. */
    publishedVersion: integer().notNull().default(0),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    /** Who last changed the text, and who handed it for review: neither may publish it (four eyes). */
    lastEditedById: uuid().references(() => users.id),
    submittedById: uuid().references(() => users.id),
    /**
     * Everyone who wrote any part of what will be published — text, timeline, recommendations — in order of their
     * first change. None of them may publish it, nor an account one of them created or last reset.
     */
    contributorIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    publishedById: uuid().references(() => users.id),
    publishedAt: timestamptz(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("evaluation_reports_slug_idx").on(t.slug),
    index("evaluation_reports_status_published_at_idx").on(t.status, t.publishedAt),
    check("evaluation_reports_status_check", oneOf(t.status, REPORT_STATUSES)),
    check("evaluation_reports_language_check", oneOf(t.language, LOCALES)),
    check("evaluation_reports_maladministration_check", subsetOf(t.maladministrationTypes, MALADMINISTRATION_TYPES)),
    check("evaluation_reports_evidence_parts_check", subsetOf(t.evidenceParts, EVIDENCE_PARTS)),
  ],
);

export const evaluationReportIncidents = pgTable(
  "evaluation_report_incidents",
  {
    reportId: uuid()
      .notNull()
      .references(() => evaluationReports.id, { onDelete: "cascade" }),
    incidentId: uuid()
      .notNull()
      .references(() => incidents.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.incidentId] }), index("evaluation_report_incidents_incident_id_idx").on(t.incidentId)],
);

/** Immutable snapshot of every published version; corrections add a row marked as such. */
export const evaluationReportVersions = pgTable(
  "evaluation_report_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => evaluationReports.id),
    version: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    bodyMd: text().notNull(),
    findings: text().notNull(),
    maladministrationTypes: text().array().notNull(),
    timeline: jsonb().$type<TimelineEntry[]>().notNull(),
    /** The evidence pack computed when this version was published, frozen with it (null: none included). */
    evidence: jsonb().$type<unknown>(),
    isCorrection: boolean().notNull().default(false),
    correctionNote: text(),
    publishedById: uuid()
      .notNull()
      .references(() => users.id),
    publishedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evaluation_report_versions_report_id_version_idx").on(t.reportId, t.version),
    check("evaluation_report_versions_correction_check", sql`${t.isCorrection} = (${t.version} > 1)`),
  ],
);

export const recommendations = pgTable(
  "recommendations",
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => evaluationReports.id, { onDelete: "cascade" }),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    ordinal: integer().notNull(),
    body: text().notNull(),
    dueAt: timestamptz().notNull(),
    status: text({ enum: RECOMMENDATION_STATUSES }).notNull().default("pending"),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("recommendations_report_id_ordinal_idx").on(t.reportId, t.ordinal),
    index("recommendations_agency_id_status_due_at_idx").on(t.agencyId, t.status, t.dueAt),
    check("recommendations_status_check", oneOf(t.status, RECOMMENDATION_STATUSES)),
  ],
);

/** Full history of a recommendation: the agency's evidence and the investigator's decision. */
export const recommendationEvents = pgTable(
  "recommendation_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: RECOMMENDATION_STATUSES }),
    toStatus: text({ enum: RECOMMENDATION_STATUSES }).notNull(),
    agencyEvidence: text(),
    decisionNote: text(),
    actorId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("recommendation_events_recommendation_id_created_at_idx").on(t.recommendationId, t.createdAt),
    check("recommendation_events_from_check", oneOf(t.fromStatus, RECOMMENDATION_STATUSES)),
    check("recommendation_events_to_check", oneOf(t.toStatus, RECOMMENDATION_STATUSES)),
  ],
);

export const evaluationReportsRelations = relations(evaluationReports, ({ many }) => ({
  incidents: many(evaluationReportIncidents),
  versions: many(evaluationReportVersions),
  recommendations: many(recommendations),
}));

export const evaluationReportIncidentsRelations = relations(evaluationReportIncidents, ({ one }) => ({
  report: one(evaluationReports, { fields: [evaluationReportIncidents.reportId], references: [evaluationReports.id] }),
  incident: one(incidents, { fields: [evaluationReportIncidents.incidentId], references: [incidents.id] }),
}));

export const evaluationReportVersionsRelations = relations(evaluationReportVersions, ({ one }) => ({
  report: one(evaluationReports, { fields: [evaluationReportVersions.reportId], references: [evaluationReports.id] }),
}));

export const recommendationsRelations = relations(recommendations, ({ one, many }) => ({
  report: one(evaluationReports, { fields: [recommendations.reportId], references: [evaluationReports.id] }),
  agency: one(agencies, { fields: [recommendations.agencyId], references: [agencies.id] }),
  events: many(recommendationEvents),
}));

export const recommendationEventsRelations = relations(recommendationEvents, ({ one }) => ({
  recommendation: one(recommendations, {
    fields: [recommendationEvents.recommendationId],
    references: [recommendations.id],
  }),
}));

export type EvaluationReport = typeof evaluationReports.$inferSelect;
export type Recommendation = typeof recommendations.$inferSelect;
