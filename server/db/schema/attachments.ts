import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clarificationResponses, correctiveActions } from "./clarifications";
import { createdAt, oneOf, timestamptz } from "./columns";
import { complaintMessages, complaints } from "./complaints";
import { ATTACHMENT_MIME_TYPES, MAX_ATTACHMENT_BYTES } from "./constants";
import { recommendationEvents } from "./reports";

/** A stored file; bytes live in the storage module (local folder or S3), this row is its index. Exactly one owner. */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    complaintId: uuid().references(() => complaints.id, { onDelete: "cascade" }),
    messageId: uuid().references(() => complaintMessages.id, { onDelete: "cascade" }),
    clarificationResponseId: uuid().references(() => clarificationResponses.id),
    correctiveActionId: uuid().references(() => correctiveActions.id),
    recommendationEventId: uuid().references(() => recommendationEvents.id),
    storageKey: text().notNull(),
    originalName: text().notNull(),
    mimeType: text({ enum: ATTACHMENT_MIME_TYPES }).notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    /** The bytes were deleted (the row stays, saying when and why): the retention schedule, or an erasure. */
    removedAt: timestamptz(),
    removalReason: text({ enum: ["retention", "erasure"] }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("attachments_storage_key_idx").on(t.storageKey),
    check("attachments_removed_check", sql`(${t.removedAt} is null) = (${t.removalReason} is null)`),
    check("attachments_removal_reason_check", sql`${t.removalReason} in ('retention', 'erasure')`),
    index("attachments_complaint_id_idx").on(t.complaintId),
    index("attachments_message_id_idx").on(t.messageId),
    check(
      "attachments_owner_check",
      sql`num_nonnulls(${t.complaintId}, ${t.messageId}, ${t.clarificationResponseId}, ${t.correctiveActionId}, ${t.recommendationEventId}) = 1`,
    ),
    check("attachments_mime_type_check", oneOf(t.mimeType, ATTACHMENT_MIME_TYPES)),
    check("attachments_size_check", sql`${t.sizeBytes} between 1 and ${sql.raw(String(MAX_ATTACHMENT_BYTES))}`),
  ],
);

export type Attachment = typeof attachments.$inferSelect;

/**
 * Every object written to storage, noted before its bytes are: a request that dies (or loses an idempotency
 * race) after storing and before committing leaves bytes no attachment row names. The sweep job deletes
 * those after a grace period, and forgets entries whose bytes a row took.
 */
export const storedObjects = pgTable(
  "stored_objects",
  {
    storageKey: text().primaryKey(),
    storedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [index("stored_objects_stored_at_idx").on(t.storedAt)],
);
