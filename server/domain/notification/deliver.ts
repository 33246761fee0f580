import { eq, sql } from "drizzle-orm";
import { outbox } from "@/server/db/schema";
import type { Locale, OutboxChannel } from "@/server/db/schema/constants";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { renderMail, type MailTemplate, type RenderedMail } from "./templates";

/** Sends one rendered mail; rejects when the server did not accept it. */
export type MailSender = (mail: RenderedMail & { to: string; messageId: string }) => Promise<void>;

export type DeliveryOptions = {
  ctx: DomainCtx;
  send: MailSender;
  baseUrl: string;
  batchSize?: number;
  /** After this many failed attempts a mail is marked failed and shown as such on the mailbox page. */
  maxAttempts?: number;
};

/** While one worker is sending a row nobody else takes it; if that worker dies, the lease runs out. */
const LEASE_SECONDS = 120;

/** Exponential back-off between attempts, capped at an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 15 * 2 ** Math.max(0, attempts - 1));
}

export type OutboxRow = {
  id: string;
  template: string;
  recipient: string;
  locale: Locale;
  payload: Record<string, unknown>;
  attempts: number;
};

/**
 * Delivers one channel's outbox rows that are due. Rows are claimed with SKIP LOCKED under a lease, so several
 * app instances can run this at once without sending anything twice; a failure keeps the row for a later try,
 * until `maxAttempts`, after which it is marked failed (and shown as such on the mailbox page).
 */
export async function deliverDue(
  options: Omit<DeliveryOptions, "send" | "baseUrl"> & { channel: OutboxChannel; deliver: (row: OutboxRow) => Promise<void> },
): Promise<{ sent: number; retried: number; failed: number }> {
  const { db, now } = options.ctx;
  const maxAttempts = options.maxAttempts ?? 8;
  // The app's clock has millisecond resolution, the database's microseconds: a row queued earlier in the same
  // millisecond (a reply queued just before this delivery) is due, not a millisecond in the future.
  const at = now().toISOString();
  const rows = await selectRows<OutboxRow>(
    db,
    sql`
    update ${outbox} set attempts = attempts + 1, available_at = ${at}::timestamptz + make_interval(secs => ${LEASE_SECONDS})
    where id in (
      select id from ${outbox}
      where channel = ${options.channel} and status = 'pending' and available_at < ${at}::timestamptz + interval '1 millisecond'
      order by available_at limit ${options.batchSize ?? 50}
      for update skip locked)
    returning id, template, recipient, locale, payload, attempts`,
  );
  const tally = { sent: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    try {
      await options.deliver(row);
      await db.update(outbox).set({ status: "sent", sentAt: now(), lastError: null }).where(eq(outbox.id, row.id));
      tally.sent++;
    } catch (error) {
      const giveUp = row.attempts >= maxAttempts;
      await db
        .update(outbox)
        .set({
          status: giveUp ? "failed" : "pending",
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          availableAt: new Date(now().getTime() + retryDelaySeconds(row.attempts) * 1000),
        })
        .where(eq(outbox.id, row.id));
      tally[giveUp ? "failed" : "retried"]++;
    }
  }
  return tally;
}

/** Delivers the mail that is due, each rendered in its recipient's language. */
export async function deliverDueMail(options: DeliveryOptions): Promise<{ sent: number; retried: number; failed: number }> {
  return deliverDue({
    ...options,
    channel: "email",
    deliver: async (row) => {
      const mail = renderMail(row.template as MailTemplate, row.locale, row.payload, options.baseUrl);
      // The outbox id as Message-ID lets a receiving server drop a copy resent after a lost acknowledgement.
      await options.send({ ...mail, to: row.recipient, messageId: `<${row.id}@sigap>` });
    },
  });
}
