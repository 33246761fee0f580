import { relations, sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { LOCALES, ROLES } from "./constants";

/** Staff and agency accounts. Reporters need no account. */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    agencyId: uuid().references(() => agencies.id),
    locale: text({ enum: LOCALES }).notNull().default("id"),
    active: boolean().notNull().default(true),
    lastSignInAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(sql`lower(${t.email})`),
    index("users_agency_id_idx").on(t.agencyId),
    check("users_role_check", oneOf(t.role, ROLES)),
    check("users_locale_check", oneOf(t.locale, LOCALES)),
    // A responder belongs to exactly one agency; Ombudsman staff to none.
    check("users_agency_role_check", sql`(${t.role} = 'agency_responder') = (${t.agencyId} is not null)`),
  ],
);

export const usersRelations = relations(users, ({ one }) => ({
  agency: one(agencies, { fields: [users.agencyId], references: [agencies.id] }),
}));

export type User = typeof users.$inferSelect;
