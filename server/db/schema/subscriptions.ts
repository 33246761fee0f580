import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, oneOf, timestamptz } from "./columns";
import { LOCALES, SUBSCRIPTION_TARGETS } from "./constants";

/** Email follows of an incident, agency or service (double opt-in, one-click unsubscribe). */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    targetType: text({ enum: SUBSCRIPTION_TARGETS }).notNull(),
    targetId: uuid().notNull(),
    locale: text({ enum: LOCALES }).notNull().default("id"),
    /** SHA-256 of the token mailed for confirmation and unsubscription. */
    tokenHash: text().notNull(),
    confirmedAt: timestamptz(),
    unsubscribedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("subscriptions_email_target_idx").on(sql`lower(${t.email})`, t.targetType, t.targetId),
    uniqueIndex("subscriptions_token_hash_idx").on(t.tokenHash),
    index("subscriptions_target_idx").on(t.targetType, t.targetId),
    check("subscriptions_target_type_check", oneOf(t.targetType, SUBSCRIPTION_TARGETS)),
    check("subscriptions_locale_check", oneOf(t.locale, LOCALES)),
  ],
);
