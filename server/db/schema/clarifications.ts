import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, oneOf, timestamptz } from "./columns";
import { complaints } from "./complaints";
import { CLARIFICATION_METHODS, CLARIFICATION_STATUSES } from "./constants";
import { incidents } from "./incidents";
import { users } from "./users";

/** A written, in-person or on-site request to the reported agency (terlapor), against a deadline. */
export const clarificationRequests = pgTable(
  "clarification_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    complaintId: uuid().references(() => complaints.id),
    incidentId: uuid().references(() => incidents.id),
    /** 1 for the first request; a follow-up after a lapse counts up (3 ignored summonses allow police help). */
    sequence: integer().notNull().default(1),
    previousRequestId: uuid().references((): AnyPgColumn => clarificationRequests.id),
    method: text({ enum: CLARIFICATION_METHODS }).notNull().default("written"),
    questions: text().notNull(),
    status: text({ enum: CLARIFICATION_STATUSES }).notNull().default("open"),
    dueAt: timestamptz().notNull(),
    sentById: uuid()
      .notNull()
      .references(() => users.id),
    sentAt: timestamptz().notNull().defaultNow(),
    answeredAt: timestamptz(),
    closedAt: timestamptz(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index("clarification_requests_agency_id_status_due_at_idx").on(t.agencyId, t.status, t.dueAt),
    index("clarification_requests_complaint_id_idx").on(t.complaintId),
    index("clarification_requests_incident_id_idx").on(t.incidentId),
    check("clarification_requests_subject_check", sql`num_nonnulls(${t.complaintId}, ${t.incidentId}) = 1`),
    check("clarification_requests_method_check", oneOf(t.method, CLARIFICATION_METHODS)),
    check("clarification_requests_status_check", oneOf(t.status, CLARIFICATION_STATUSES)),
    check("clarification_requests_sequence_check", sql`${t.sequence} >= 1`),
  ],
);

/** Which complaints' content the investigator chose to share with the agency (never the contact). */
export const clarificationRequestEvidence = pgTable(
  "clarification_request_evidence",
  {
    requestId: uuid()
      .notNull()
      .references(() => clarificationRequests.id, { onDelete: "cascade" }),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.complaintId] })],
);

export const clarificationResponses = pgTable(
  "clarification_responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => clarificationRequests.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("clarification_responses_request_id_created_at_idx").on(t.requestId, t.createdAt),
    check("clarification_responses_body_check", sql`char_length(${t.body}) between 1 and 20000`),
  ],
);

/** Tindakan korektif an agency reports, tied to the case, incident or recommendation it answers. */
export const correctiveActions = pgTable(
  "corrective_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    complaintId: uuid().references(() => complaints.id),
    incidentId: uuid().references(() => incidents.id),
    description: text().notNull(),
    takenAt: timestamptz().notNull(),
    reportedById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("corrective_actions_agency_id_created_at_idx").on(t.agencyId, t.createdAt),
    check("corrective_actions_subject_check", sql`num_nonnulls(${t.complaintId}, ${t.incidentId}) >= 1`),
  ],
);

export const clarificationRequestsRelations = relations(clarificationRequests, ({ one, many }) => ({
  agency: one(agencies, { fields: [clarificationRequests.agencyId], references: [agencies.id] }),
  complaint: one(complaints, { fields: [clarificationRequests.complaintId], references: [complaints.id] }),
  incident: one(incidents, { fields: [clarificationRequests.incidentId], references: [incidents.id] }),
  responses: many(clarificationResponses),
  evidence: many(clarificationRequestEvidence),
}));

export const clarificationResponsesRelations = relations(clarificationResponses, ({ one }) => ({
  request: one(clarificationRequests, {
    fields: [clarificationResponses.requestId],
    references: [clarificationRequests.id],
  }),
}));

export const clarificationRequestEvidenceRelations = relations(clarificationRequestEvidence, ({ one }) => ({
  request: one(clarificationRequests, {
    fields: [clarificationRequestEvidence.requestId],
    references: [clarificationRequests.id],
  }),
}));

export type ClarificationRequest = typeof clarificationRequests.$inferSelect;
