import { relations, sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { ADMIN_REQUEST_KINDS, ADMIN_REQUEST_STATUSES, LOCALES, ROLES } from "./constants";

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
    /**
     * The admins who created this account or last reset its password or two-step sign-in. An admin account may
     * not publish what they wrote (four eyes): otherwise one admin could publish alone through an account they made.
     */
    sponsorIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
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

/**
 * A change that would give one admin a second admin identity — a new admin account, or a new password or two-step
 * sign-in for an admin — waits here until another admin approves it (four eyes). Two-step resets of any account
 * go through here too.
 */
export const adminRequests = pgTable(
  "admin_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text({ enum: ADMIN_REQUEST_KINDS }).notNull(),
    status: text({ enum: ADMIN_REQUEST_STATUSES }).notNull().default("pending"),
    /** The account a reset is for; for a new admin, set when it is approved. */
    targetUserId: uuid().references(() => users.id),
    /** A new admin's name, e-mail and language, held until approval. */
    email: text(),
    name: text(),
    locale: text({ enum: LOCALES }),
    requestedById: uuid()
      .notNull()
      .references(() => users.id),
    requestedAt: timestamptz().notNull(),
    expiresAt: timestamptz().notNull(),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index("admin_requests_status_idx").on(t.status, t.requestedAt),
    check("admin_requests_kind_check", oneOf(t.kind, ADMIN_REQUEST_KINDS)),
    check("admin_requests_status_check", oneOf(t.status, ADMIN_REQUEST_STATUSES)),
    check("admin_requests_target_check", sql`${t.kind} = 'create_admin' or ${t.targetUserId} is not null`),
    check("admin_requests_new_admin_check", sql`${t.kind} <> 'create_admin' or (${t.email} is not null and ${t.name} is not null)`),
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
