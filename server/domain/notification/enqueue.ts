import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { complaintContacts, complaints, complaintThreads, outbox, subscriptions, users } from "@/server/db/schema";
import type { Locale, OutboxChannel } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { unsubscribeToken } from "@/server/domain/subscription/tokens";
import type { OutboxTemplate } from "./templates";

export type QueuedMail = {
  /** Email unless said otherwise. */
  channel?: OutboxChannel;
  template: OutboxTemplate;
  recipient: string;
  locale: Locale;
  payload: Record<string, unknown>;
  /** One event, one mail: a second write with the same key is ignored. */
  dedupeKey: string;
};

/** Writes mail to the outbox inside the caller's transaction; the worker delivers it after commit. */
export async function queueMail(tx: Queryable, mails: QueuedMail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(outbox).values(mails).onConflictDoNothing({ target: outbox.dedupeKey });
}

/**
 * A notice to a complaint's reporter through the channel they used: WhatsApp for a report made there, else
 * email when they left an address, in the mail thread their report started. Their address or number never
 * leaves this query.
 */
export async function queueReporterNotice(
  tx: Queryable,
  complaintId: string,
  mail: Omit<QueuedMail, "recipient" | "locale" | "channel">,
): Promise<void> {
  const [row] = await tx
    .select({
      email: complaintContacts.email,
      phone: complaintContacts.phone,
      locale: complaints.language,
      channel: complaints.channel,
      thread: complaintThreads.rootMessageId,
    })
    .from(complaints)
    .innerJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
    .leftJoin(complaintThreads, eq(complaintThreads.complaintId, complaints.id))
    .where(eq(complaints.id, complaintId));
  if (!row) return;
  const payload = { ...mail.payload, complaintId };
  if (row.channel === "whatsapp" && row.phone) {
    await queueMail(tx, [{ ...mail, payload, channel: "whatsapp", recipient: row.phone, locale: row.locale }]);
  } else if (row.email) {
    await queueMail(tx, [{ ...mail, payload: row.thread ? { ...payload, thread: row.thread } : payload, recipient: row.email, locale: row.locale }]);
  }
}

/** Mail to every active responder of one agency, each in their own language. */
export async function queueAgencyMail(
  tx: Queryable,
  agencyId: string,
  mail: Omit<QueuedMail, "recipient" | "locale" | "dedupeKey"> & { dedupePrefix: string },
): Promise<void> {
  const responders = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.role, "agency_responder"), eq(users.active, true)));
  const { dedupePrefix, ...rest } = mail;
  await queueMail(
    tx,
    responders.map((r) => ({ ...rest, recipient: r.email, locale: r.locale, dedupeKey: `${dedupePrefix}:${r.id}` })),
  );
}

/** Mail to every active admin, each in their own language (e.g. a rapid response to review). */
export async function queueAdminMail(
  tx: Queryable,
  mail: Omit<QueuedMail, "recipient" | "locale" | "dedupeKey"> & { dedupePrefix: string },
): Promise<void> {
  const admins = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)));
  const { dedupePrefix, ...rest } = mail;
  await queueMail(
    tx,
    admins.map((a) => ({ ...rest, recipient: a.email, locale: a.locale, dedupeKey: `${dedupePrefix}:${a.id}` })),
  );
}

/**
 * A public incident update reaches every reporter of a linked complaint who left an address, and everyone
 * who confirmed they follow the incident, its agency or its service (one mail per address).
 */
export async function queueIncidentUpdateMail(
  tx: Queryable,
  incident: { id: string; code: string; titleId: string; titleEn: string; agencyId: string | null; serviceId: string | null },
  updateId: string,
  update: { body: string; bodyEn: string | null },
): Promise<void> {
  // English readers get the English text and title where staff gave them (renderMail picks by the recipient's language).
  const text = { body: update.body, bodyEn: update.bodyEn };
  const reporters = await tx
    .select({ complaintId: complaints.id, email: complaintContacts.email, locale: complaints.language, trackingCode: complaints.trackingCode })
    .from(complaints)
    .innerJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
    .where(and(eq(complaints.incidentId, incident.id), sql`${complaintContacts.email} is not null`));
  await queueMail(
    tx,
    reporters
      .flatMap(({ email, ...r }) => (email ? [{ ...r, email }] : []))
      .map((r) => ({
        template: "incident_update" as const,
        recipient: r.email,
        locale: r.locale,
        payload: { incidentCode: incident.code, ...text, trackingCode: r.trackingCode },
        dedupeKey: `incident.update:${updateId}:${r.complaintId}`,
      })),
  );
  const followed = or(
    and(eq(subscriptions.targetType, "incident"), eq(subscriptions.targetId, incident.id)),
    incident.agencyId ? and(eq(subscriptions.targetType, "agency"), eq(subscriptions.targetId, incident.agencyId)) : undefined,
    incident.serviceId ? and(eq(subscriptions.targetType, "service"), eq(subscriptions.targetId, incident.serviceId)) : undefined,
  );
  const followers = await tx
    .select({ id: subscriptions.id, email: subscriptions.email, locale: subscriptions.locale })
    .from(subscriptions)
    .where(and(followed, isNotNull(subscriptions.confirmedAt), isNull(subscriptions.unsubscribedAt)));
  await queueMail(
    tx,
    followers.map((f) => ({
      template: "follow_update" as const,
      recipient: f.email,
      locale: f.locale,
      payload: {
        incidentCode: incident.code,
        targetName: incident.titleId,
        targetNameEn: incident.titleEn || null,
        ...text,
        unsubscribeToken: unsubscribeToken(f.id),
      },
      dedupeKey: `follow.update:${updateId}:${f.email.toLowerCase()}`,
    })),
  );
}
