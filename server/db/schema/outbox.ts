import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, oneOf, timestamptz } from "./columns";
import { LOCALES, OUTBOX_CHANNELS, OUTBOX_STATUSES } from "./constants";

/** Notifications written in the same transaction as the change; a worker delivers them. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: text({ enum: OUTBOX_CHANNELS }).notNull().default("email"),
    template: text().notNull(),
    recipient: text().notNull(),
    locale: text({ enum: LOCALES }).notNull().default("id"),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Makes "one email per event" a constraint rather than a hope. */
    dedupeKey: text().notNull(),
    status: text({ enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    availableAt: timestamptz().notNull().defaultNow(),
    sentAt: timestamptz(),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbox_dedupe_key_idx").on(t.dedupeKey),
    index("outbox_status_available_at_idx").on(t.status, t.availableAt),
    check("outbox_status_check", oneOf(t.status, OUTBOX_STATUSES)),
    check("outbox_locale_check", oneOf(t.locale, LOCALES)),
    check("outbox_channel_check", oneOf(t.channel, OUTBOX_CHANNELS)),
  ],
);
