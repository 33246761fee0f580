import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { complaints } from "./complaints";
import { createdAt, oneOf, timestamptz } from "./columns";
import { LOCALES, PRIVACY_REQUEST_KINDS, PRIVACY_REQUEST_STATUSES } from "./constants";
import { users } from "./users";

/**
 * A reporter proving they are the person on file: a one-time code sent to the contact, then a short session.
 * Holds the complaints it opens, never the contact it was sent to; only hashes of the code and the session.
 */
export const privacyChallenges = pgTable(
  "privacy_challenges",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Empty when nothing is held for what was asked: the flow looks the same, and opens nothing. */
    complaintIds: uuid().array().notNull(),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamptz().notNull(),
    verifiedAt: timestamptz(),
    sessionHash: text(),
    sessionExpiresAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("privacy_challenges_session_hash_idx").on(t.sessionHash),
    index("privacy_challenges_expires_at_idx").on(t.expiresAt),
    check("privacy_challenges_session_check", sql`(${t.sessionHash} is null) = (${t.sessionExpiresAt} is null)`),
  ],
);

/**
 * A reporter's request about their personal data, with its legal deadline and the decision. `details` holds
 * what the reporter wrote (for a correction, the new values) and is emptied when the request is decided.
 */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    kind: text({ enum: PRIVACY_REQUEST_KINDS }).notNull(),
    status: text({ enum: PRIVACY_REQUEST_STATUSES }).notNull().default("open"),
    details: jsonb().$type<Record<string, string>>(),
    locale: text({ enum: LOCALES }).notNull().default("id"),
    dueAt: timestamptz().notNull(),
    decidedAt: timestamptz(),
    decidedById: uuid().references(() => users.id),
    decisionReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("privacy_requests_open_due_idx")
      .on(t.dueAt)
      .where(sql`${t.status} = 'open'`),
    index("privacy_requests_complaint_id_idx").on(t.complaintId, t.createdAt),
    check("privacy_requests_kind_check", oneOf(t.kind, PRIVACY_REQUEST_KINDS)),
    check("privacy_requests_status_check", oneOf(t.status, PRIVACY_REQUEST_STATUSES)),
    check("privacy_requests_locale_check", oneOf(t.locale, LOCALES)),
    check("privacy_requests_decided_check", sql`(${t.status} = 'open') = (${t.decidedAt} is null)`),
    check("privacy_requests_reason_check", sql`${t.decisionReason} is null or char_length(${t.decisionReason}) between 1 and 2000`),
  ],
);

export type PrivacyRequest = typeof privacyRequests.$inferSelect;
