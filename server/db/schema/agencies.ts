import { relations } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, oneOf, updatedAt } from "./columns";
import { AGENCY_KINDS, TOPIC_CODES } from "./constants";
import { topics } from "./topics";

export const agencies = pgTable(
  "agencies",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    acronym: text(),
    nameId: text().notNull(),
    nameEn: text().notNull(),
    kind: text({ enum: AGENCY_KINDS }).notNull(),
    // The superior a recommendation is addressed to when the agency ignores corrective action.
    parentId: uuid().references((): AnyPgColumn => agencies.id),
    contactEmail: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("agencies_slug_idx").on(t.slug), check("agencies_kind_check", oneOf(t.kind, AGENCY_KINDS))],
);

/** A public service run by one agency (e-HAC, a KRL ticket gate…); `code` is the Open311 service_code. */
export const services = pgTable(
  "services",
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    code: text().notNull(),
    nameId: text().notNull(),
    nameEn: text().notNull(),
    descriptionId: text().notNull().default(""),
    descriptionEn: text().notNull().default(""),
    keywords: text().notNull().default(""),
    /** Other names people use for it ("Soetta", "SIM keliling"), space-separated like keywords. */
    aliases: text().notNull().default(""),
    group: text().notNull().default(""),
    topicCode: text({ enum: TOPIC_CODES })
      .notNull()
      .default("other")
      .references(() => topics.code),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("services_code_idx").on(t.code),
    index("services_agency_id_idx").on(t.agencyId),
    index("services_topic_code_idx").on(t.topicCode),
  ],
);

export const agenciesRelations = relations(agencies, ({ many, one }) => ({
  services: many(services),
  parent: one(agencies, { fields: [agencies.parentId], references: [agencies.id] }),
}));

export const servicesRelations = relations(services, ({ one }) => ({
  agency: one(agencies, { fields: [services.agencyId], references: [agencies.id] }),
}));

export type Agency = typeof agencies.$inferSelect;
export type Service = typeof services.$inferSelect;
