import { eq } from "drizzle-orm";
import { z } from "zod";
import { settings } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";

export const RETENTION_SETTING = "privacy.retention";

/**
 * How long personal data is kept, in days (UU PDP art. 16(2)(f) and 43: no longer than its purpose needs).
 * The defaults are documented in docs/privacy.md; an admin may change them (setting `privacy.retention`).
 */
const days = (min: number, max: number) =>
  z.coerce
    .number({ error: "errors.retentionDays" })
    .int({ error: "errors.retentionDays" })
    .min(min, { error: "errors.retentionDays" })
    .max(max, { error: "errors.retentionDays" });

export const retentionSchedule = z.object({
  /** A reporter's name, email and phone, and emails and numbers in their text: after their case is closed. */
  contactDaysAfterClose: days(30, 3650),
  /** The bytes of a reporter's photos and documents: after their case is closed. */
  attachmentDaysAfterClose: days(30, 7300),
  /** The fingerprint of a submission, kept to answer a retry with the same tracking code: after it was sent. */
  fingerprintDays: days(1, 365),
  /** An unfinished WhatsApp conversation (the sender's number and answers so far): after its last message. */
  conversationDays: days(1, 365),
  /** Sent and failed notifications in the outbox (they hold the recipient's address or number): after they were written. */
  outboxDays: days(7, 3650),
  /** A service monitor's raw checks (nothing personal; kept apart for the storage they take): after the check. */
  monitorCheckDays: days(1, 90),
  /** A service monitor's per-minute roll-ups: after the minute. The per-hour roll-ups and outages are kept. */
  monitorMinuteDays: days(7, 730),
});
export type RetentionSchedule = z.infer<typeof retentionSchedule>;

export const DEFAULT_RETENTION: RetentionSchedule = {
  contactDaysAfterClose: 730,
  attachmentDaysAfterClose: 1825,
  fingerprintDays: 30,
  conversationDays: 30,
  outboxDays: 90,
  monitorCheckDays: 7,
  monitorMinuteDays: 30,
};

/** The schedule in force: the defaults, overridden field by field by the admin's setting. */
export async function loadRetentionSchedule(db: Queryable): Promise<RetentionSchedule> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, RETENTION_SETTING));
  const parsed = retentionSchedule.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_RETENTION, ...(parsed.success ? parsed.data : {}) };
}
