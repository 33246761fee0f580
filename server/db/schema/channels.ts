import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { complaints } from "./complaints";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { INBOUND_OUTCOMES, LOCALES, OUTBOX_CHANNELS } from "./constants";

/**
 * Every message that arrived by email or WhatsApp, once: the key is the channel's own id (Message-ID, wamid),
 * written in the same transaction as what the message did, so a message fetched or delivered twice acts once.
 * No sender and no text here: those live only where the message put them (a complaint's contact and text).
 */
export const inboundMessages = pgTable(
  "inbound_messages",
  {
    channel: text({ enum: OUTBOX_CHANNELS }).notNull(),
    externalId: text().notNull(),
    outcome: text({ enum: INBOUND_OUTCOMES }).notNull(),
    complaintId: uuid().references(() => complaints.id, { onDelete: "set null" }),
    /** Why it was ignored or refused (auto-reply, bounce, rate_limited, invalid…), never a personal value. */
    reason: text(),
    receivedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.channel, t.externalId] }),
    index("inbound_messages_complaint_id_idx").on(t.complaintId),
    check("inbound_messages_channel_check", oneOf(t.channel, OUTBOX_CHANNELS)),
    check("inbound_messages_outcome_check", oneOf(t.outcome, INBOUND_OUTCOMES)),
  ],
);

/**
 * The conversation a complaint filed by email or WhatsApp lives in: the first mail's Message-ID (replies
 * reference it, so the reporter's mail client keeps one thread), and when the reporter last wrote (WhatsApp
 * lets a business answer freely only within 24 hours of that).
 */
export const complaintThreads = pgTable(
  "complaint_threads",
  {
    complaintId: uuid()
      .primaryKey()
      .references(() => complaints.id, { onDelete: "cascade" }),
    channel: text({ enum: OUTBOX_CHANNELS }).notNull(),
    rootMessageId: text(),
    lastInboundAt: timestamptz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("complaint_threads_root_message_id_idx").on(t.rootMessageId),
    check("complaint_threads_channel_check", oneOf(t.channel, OUTBOX_CHANNELS)),
  ],
);

/** Where a WhatsApp reporter is in the guided conversation, and what they have told it so far. */
export const whatsappConversations = pgTable(
  "whatsapp_conversations",
  {
    /** The reporter's WhatsApp id (their number): contact data, kept only while the conversation is open. */
    waId: text().primaryKey(),
    step: text().notNull(),
    locale: text({ enum: LOCALES }).notNull().default("id"),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    lastInboundAt: timestamptz().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("whatsapp_conversations_locale_check", oneOf(t.locale, LOCALES)),
    check("whatsapp_conversations_step_check", sql`char_length(${t.step}) <= 40`),
  ],
);
