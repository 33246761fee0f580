import { relations, sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, real, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies, services } from "./agencies";
import { createdAt, oneOf, timestamptz, tsvector, updatedAt } from "./columns";
import {
  CHANNELS,
  CLOSE_OUTCOMES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_STAGES,
  LOCALES,
  MESSAGE_DIRECTIONS,
  PRIORITIES,
  TOPIC_CODES,
} from "./constants";
import { topics } from "./topics";
import { incidents } from "./incidents";
import { places } from "./places";
import { users } from "./users";

/** One person's report. The reporter's identity lives in complaint_contacts, never here. */
export const complaints = pgTable(
  "complaints",
  {
    id: uuid().primaryKey().defaultRandom(),
    trackingCode: text().notNull(),
    idempotencyKey: text().notNull(),
    /** Hash of what was sent with the key (channel, fields, files): a replay must match it to be answered. */
    requestFingerprint: text(),
    kind: text({ enum: COMPLAINT_KINDS }).notNull().default("individual"),
    channel: text({ enum: CHANNELS }).notNull().default("web"),
    category: text({ enum: COMPLAINT_CATEGORIES }).notNull(),
    /** The national topic: the service's own, or set by triage or staff for a report without one. */
    topicCode: text({ enum: TOPIC_CODES }).references(() => topics.code),
    agencyId: uuid().references(() => agencies.id),
    serviceId: uuid().references(() => services.id),
    placeId: uuid().references(() => places.id),
    addressText: text(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    occurredAt: timestamptz().notNull(),
    description: text().notNull(),
    language: text({ enum: LOCALES }).notNull().default("id"),
    stage: text({ enum: COMPLAINT_STAGES }).notNull().default("received"),
    outcome: text({ enum: CLOSE_OUTCOMES }),
    priority: text({ enum: PRIORITIES }).notNull().default("normal"),
    /** Reaksi Cepat Ombudsman: formal requirements set aside. */
    rapidResponse: boolean().notNull().default(false),
    /** An admin confirmed or reverted a rapid response (investigators may start one; admins review each). */
    rapidResponseReviewedAt: timestamptz(),
    rapidResponseReviewedById: uuid().references(() => users.id),
    confidential: boolean().notNull().default(true),
    alreadyComplainedToAgency: boolean(),
    assigneeId: uuid().references(() => users.id),
    incidentId: uuid().references(() => incidents.id),
    /** Clustering score when linked automatically; null when linked by a person. */
    incidentScore: real(),
    /** The best incident below the auto-link threshold, offered to investigators. */
    suggestedIncidentId: uuid().references(() => incidents.id),
    suggestedScore: real(),
    /** Filed by intake and not yet placed by the clustering job (see incident/cluster-pending). */
    needsClustering: boolean().notNull().default(false),
    /** Next legal deadline, derived by the procedure module from the stage history; never edited by hand. */
    dueAt: timestamptz(),
    stageChangedAt: timestamptz().notNull().defaultNow(),
    closedAt: timestamptz(),
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, sigap_unaccent(description))`),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("complaints_tracking_code_idx").on(t.trackingCode),
    uniqueIndex("complaints_idempotency_key_idx").on(t.idempotencyKey),
    // Ascending: scanned forwards for "oldest", backwards for "newest" (DESC NULLS FIRST, as ORDER BY … DESC asks).
    index("complaints_created_at_id_idx").on(t.createdAt, t.id),
    index("complaints_stage_due_at_idx").on(t.stage, t.dueAt),
    // The queue's "nearest deadline" order, cases without a deadline last.
    index("complaints_due_sort_idx").on(sql`coalesce(${t.dueAt}, 'infinity'::timestamptz)`, t.id),
    // "My work by deadline": one investigator's cases in deadline order without filtering everyone's.
    index("complaints_assignee_due_sort_idx").on(t.assigneeId, sql`coalesce(${t.dueAt}, 'infinity'::timestamptz)`, t.id),
    index("complaints_service_id_created_at_idx").on(t.serviceId, t.createdAt),
    index("complaints_place_id_created_at_idx").on(t.placeId, t.createdAt),
    index("complaints_agency_id_created_at_idx").on(t.agencyId, t.createdAt),
    index("complaints_category_created_at_idx").on(t.category, t.createdAt),
    index("complaints_topic_code_created_at_idx").on(t.topicCode, t.createdAt),
    index("complaints_incident_id_created_at_idx").on(t.incidentId, t.createdAt),
    index("complaints_suggested_incident_id_idx").on(t.suggestedIncidentId),
    // Small by design: only reports the clustering job has not reached yet.
    index("complaints_needs_clustering_idx")
      .on(t.createdAt)
      .where(sql`${t.needsClustering}`),
    index("complaints_rapid_response_unreviewed_idx")
      .on(t.stageChangedAt)
      .where(sql`${t.rapidResponse} and ${t.rapidResponseReviewedAt} is null`),
    index("complaints_assignee_id_stage_idx").on(t.assigneeId, t.stage),
    index("complaints_search_vector_idx").using("gin", t.searchVector),
    index("complaints_description_trgm_idx").using("gin", t.description.op("gin_trgm_ops")),
    check("complaints_kind_check", oneOf(t.kind, COMPLAINT_KINDS)),
    check("complaints_channel_check", oneOf(t.channel, CHANNELS)),
    check("complaints_category_check", oneOf(t.category, COMPLAINT_CATEGORIES)),
    check("complaints_language_check", oneOf(t.language, LOCALES)),
    check("complaints_stage_check", oneOf(t.stage, COMPLAINT_STAGES)),
    check("complaints_outcome_check", oneOf(t.outcome, CLOSE_OUTCOMES)),
    check("complaints_priority_check", oneOf(t.priority, PRIORITIES)),
    check("complaints_closed_outcome_check", sql`(${t.stage} = 'closed') = (${t.outcome} is not null)`),
    check("complaints_description_check", sql`char_length(${t.description}) between 1 and 4000`),
    check("complaints_lat_lng_check", sql`(${t.lat} is null) = (${t.lng} is null)`),
    check("complaints_tracking_code_check", sql`${t.trackingCode} ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$'`),
  ],
);

/** Kept apart so that no join made for another purpose can carry a reporter's identity. */
export const complaintContacts = pgTable(
  "complaint_contacts",
  {
    complaintId: uuid()
      .primaryKey()
      .references(() => complaints.id, { onDelete: "cascade" }),
    name: text(),
    email: text(),
    phone: text(),
    /** Emptied under the retention schedule (or at the reporter's request): the row stays, saying so. */
    anonymizedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("complaint_contacts_email_idx").on(sql`lower(${t.email})`),
    index("complaint_contacts_phone_idx").on(t.phone),
    check("complaint_contacts_any_check", sql`num_nonnulls(${t.name}, ${t.email}, ${t.phone}) > 0 or ${t.anonymizedAt} is not null`),
  ],
);

/** The stage history: the source of every deadline and of the reporter's timeline. */
export const complaintStageEvents = pgTable(
  "complaint_stage_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    fromStage: text({ enum: COMPLAINT_STAGES }),
    toStage: text({ enum: COMPLAINT_STAGES }).notNull(),
    outcome: text({ enum: CLOSE_OUTCOMES }),
    /** Staff-only reason. */
    reason: text(),
    /** Plain-language text the reporter sees on the tracking page. */
    publicNote: text(),
    actorId: uuid().references(() => users.id),
    dueAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index("complaint_stage_events_complaint_id_created_at_idx").on(t.complaintId, t.createdAt),
    check("complaint_stage_events_from_check", oneOf(t.fromStage, COMPLAINT_STAGES)),
    check("complaint_stage_events_to_check", oneOf(t.toStage, COMPLAINT_STAGES)),
    check("complaint_stage_events_outcome_check", oneOf(t.outcome, CLOSE_OUTCOMES)),
  ],
);

/** Messages between staff and the reporter, shown on the tracking page (not internal notes). */
export const complaintMessages = pgTable(
  "complaint_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    direction: text({ enum: MESSAGE_DIRECTIONS }).notNull(),
    body: text().notNull(),
    authorId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("complaint_messages_complaint_id_created_at_idx").on(t.complaintId, t.createdAt),
    check("complaint_messages_direction_check", oneOf(t.direction, MESSAGE_DIRECTIONS)),
    check("complaint_messages_body_check", sql`char_length(${t.body}) between 1 and 4000`),
    check("complaint_messages_author_check", sql`(${t.direction} = 'to_reporter') = (${t.authorId} is not null)`),
  ],
);

export const complaintsRelations = relations(complaints, ({ one, many }) => ({
  agency: one(agencies, { fields: [complaints.agencyId], references: [agencies.id] }),
  service: one(services, { fields: [complaints.serviceId], references: [services.id] }),
  place: one(places, { fields: [complaints.placeId], references: [places.id] }),
  incident: one(incidents, { fields: [complaints.incidentId], references: [incidents.id] }),
  assignee: one(users, { fields: [complaints.assigneeId], references: [users.id] }),
  stageEvents: many(complaintStageEvents),
  messages: many(complaintMessages),
}));

export const complaintStageEventsRelations = relations(complaintStageEvents, ({ one }) => ({
  complaint: one(complaints, { fields: [complaintStageEvents.complaintId], references: [complaints.id] }),
}));

export const complaintMessagesRelations = relations(complaintMessages, ({ one }) => ({
  complaint: one(complaints, { fields: [complaintMessages.complaintId], references: [complaints.id] }),
}));

export type Complaint = typeof complaints.$inferSelect;
export type NewComplaint = typeof complaints.$inferInsert;
export type ComplaintContact = typeof complaintContacts.$inferSelect;
