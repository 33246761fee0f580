import { relations, sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    /**
     * Sessions carry the version they were issued under and die when it moves. A trigger (migration 0012)
     * bumps it whenever the password, role or agency changes or the account is deactivated.
     */
    sessionVersion: integer().notNull().default(1),
    /** Set with an admin-issued password: the holder may do nothing but choose their own. */
    mustChangePassword: boolean().notNull().default(false),
    /** An admin-issued password stops working at this time. */
    passwordExpiresAt: timestamptz(),
    /** TOTP secret, sealed with a key derived from AUTH_SECRET (auth/secret-box). Set from enrolment on. */
    totpSecret: text(),
    /** When enrolment was confirmed with a first code; until then the secret is pending. */
    totpEnabledAt: timestamptz(),
    /** The last 30-second step a code was accepted for: a code works once. */
    totpLastStep: bigint({ mode: "number" }),
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

/** One-time recovery codes for two-factor sign-in; only hashes are kept. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [index("user_recovery_codes_user_id_idx").on(t.userId)],
);

/** Sessions ended by signing out, until they would have expired anyway. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text().primaryKey(),
    expiresAt: timestamptz().notNull(),
  },
  (t) => [index("revoked_sessions_expires_at_idx").on(t.expiresAt)],
);

export const usersRelations = relations(users, ({ one }) => ({
  agency: one(agencies, { fields: [users.agencyId], references: [agencies.id] }),
}));

export type User = typeof users.$inferSelect;
