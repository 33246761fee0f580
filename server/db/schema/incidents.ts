import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { agencies, services } from "./agencies";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { INCIDENT_PUBLIC_STATUSES, INCIDENT_STATES, LOCALES, SEVERITIES } from "./constants";
import { places } from "./places";
import { users } from "./users";

/** One real-world event (an outage, a day of crowding) that many complaints describe. */
export const incidents = pgTable(
  "incidents",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    titleId: text().notNull(),
    titleEn: text().notNull().default(""),
    summaryId: text().notNull().default(""),
    summaryEn: text().notNull().default(""),
    agencyId: uuid().references(() => agencies.id),
    serviceId: uuid().references(() => services.id),
    state: text({ enum: INCIDENT_STATES }).notNull().default("candidate"),
    publicStatus: text({ enum: INCIDENT_PUBLIC_STATUSES }).notNull().default("investigating"),
    severity: text({ enum: SEVERITIES }).notNull().default("minor"),
    isPublic: boolean().notNull().default(false),
    detectedBySurge: boolean().notNull().default(false),
    mergedIntoId: uuid().references((): AnyPgColumn => incidents.id),
    assigneeId: uuid().references(() => users.id),
    reportCount: integer().notNull().default(0),
    firstReportAt: timestamptz(),
    peakAt: timestamptz(),
    lastReportAt: timestamptz(),
    startedAt: timestamptz(),
    /** When an investigator confirmed it (a milestone of the evidence pack). */
    confirmedAt: timestamptz(),
    resolvedAt: timestamptz(),
    createdById: uuid().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("incidents_code_idx").on(t.code),
    index("incidents_state_service_id_idx").on(t.state, t.serviceId, t.lastReportAt),
    index("incidents_agency_id_state_idx").on(t.agencyId, t.state),
    index("incidents_public_last_report_at_idx").on(t.isPublic, t.lastReportAt),
    check("incidents_state_check", oneOf(t.state, INCIDENT_STATES)),
    check("incidents_public_status_check", oneOf(t.publicStatus, INCIDENT_PUBLIC_STATUSES)),
    check("incidents_severity_check", oneOf(t.severity, SEVERITIES)),
    check("incidents_merged_check", sql`(${t.state} = 'merged') = (${t.mergedIntoId} is not null)`),
    check("incidents_report_count_check", sql`${t.reportCount} >= 0`),
  ],
);

export const incidentPlaces = pgTable(
  "incident_places",
  {
    incidentId: uuid()
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    placeId: uuid()
      .notNull()
      .references(() => places.id),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.placeId] }), index("incident_places_place_id_idx").on(t.placeId)],
);

/** Status-page style public updates; an agency responder may post one as the agency's statement. */
export const incidentUpdates = pgTable(
  "incident_updates",
  {
    id: uuid().primaryKey().defaultRandom(),
    incidentId: uuid()
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    status: text({ enum: INCIDENT_PUBLIC_STATUSES }).notNull(),
    body: text().notNull(),
    language: text({ enum: LOCALES }).notNull().default("id"),
    /** The English text of an update written in Indonesian, when its author gave one (the English pages show it). */
    bodyEn: text(),
    authorId: uuid().references(() => users.id),
    agencyId: uuid().references(() => agencies.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("incident_updates_incident_id_created_at_idx").on(t.incidentId, t.createdAt),
    check("incident_updates_status_check", oneOf(t.status, INCIDENT_PUBLIC_STATUSES)),
    check("incident_updates_language_check", oneOf(t.language, LOCALES)),
    check("incident_updates_body_check", sql`char_length(${t.body}) between 1 and 4000`),
    check("incident_updates_body_en_check", sql`${t.bodyEn} is null or char_length(${t.bodyEn}) between 1 and 4000`),
  ],
);

export const incidentsRelations = relations(incidents, ({ one, many }) => ({
  agency: one(agencies, { fields: [incidents.agencyId], references: [agencies.id] }),
  service: one(services, { fields: [incidents.serviceId], references: [services.id] }),
  mergedInto: one(incidents, { fields: [incidents.mergedIntoId], references: [incidents.id] }),
  updates: many(incidentUpdates),
  places: many(incidentPlaces),
}));

export const incidentPlacesRelations = relations(incidentPlaces, ({ one }) => ({
  incident: one(incidents, { fields: [incidentPlaces.incidentId], references: [incidents.id] }),
  place: one(places, { fields: [incidentPlaces.placeId], references: [places.id] }),
}));

export const incidentUpdatesRelations = relations(incidentUpdates, ({ one }) => ({
  incident: one(incidents, { fields: [incidentUpdates.incidentId], references: [incidents.id] }),
}));

export type Incident = typeof incidents.$inferSelect;
export type IncidentUpdate = typeof incidentUpdates.$inferSelect;
