import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import {
  agencies,
  attachments,
  auditLog,
  complaintContacts,
  complaintMessages,
  complaints,
  complaintStageEvents,
  outbox,
  places,
  privacyRequests,
  services,
} from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { publicStatusOf } from "@/server/domain/complaint/public-status";
import { reporterPseudonym } from "@/server/domain/complaint/reporter-identity";
import { sessionComplaints } from "./reporter-session";

/** Everything Sigap holds about one reporter's complaint, as they may see and download it (UU PDP art. 7, 32). */
export async function personalDataOf(db: Queryable, complaintIds: string[]) {
  if (complaintIds.length === 0) return [];
  const rows = await db
    .select({
      complaint: complaints,
      contact: complaintContacts,
      agency: agencies.nameId,
      service: services.nameId,
      place: places.name,
    })
    .from(complaints)
    .leftJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .leftJoin(services, eq(services.id, complaints.serviceId))
    .leftJoin(places, eq(places.id, complaints.placeId))
    .where(inArray(complaints.id, complaintIds))
    .orderBy(asc(complaints.createdAt));
  const [messages, files, stages, reveals, requests, notices] = await Promise.all([
    db
      .select({
        complaintId: complaintMessages.complaintId,
        at: complaintMessages.createdAt,
        direction: complaintMessages.direction,
        body: complaintMessages.body,
      })
      .from(complaintMessages)
      .where(inArray(complaintMessages.complaintId, complaintIds))
      .orderBy(asc(complaintMessages.createdAt)),
    db
      .select({
        complaintId: sql<string>`coalesce(${attachments.complaintId}, ${complaintMessages.complaintId})`,
        name: attachments.originalName,
        type: attachments.mimeType,
        bytes: attachments.sizeBytes,
        at: attachments.createdAt,
        removedAt: attachments.removedAt,
        removalReason: attachments.removalReason,
      })
      .from(attachments)
      .leftJoin(complaintMessages, eq(complaintMessages.id, attachments.messageId))
      .where(or(inArray(attachments.complaintId, complaintIds), inArray(complaintMessages.complaintId, complaintIds)))
      .orderBy(asc(attachments.createdAt)),
    db
      .select({
        complaintId: complaintStageEvents.complaintId,
        at: complaintStageEvents.createdAt,
        to: complaintStageEvents.toStage,
        outcome: complaintStageEvents.outcome,
        note: complaintStageEvents.publicNote,
      })
      .from(complaintStageEvents)
      .where(inArray(complaintStageEvents.complaintId, complaintIds))
      .orderBy(asc(complaintStageEvents.createdAt)),
    db
      .select({ complaintId: auditLog.entityId, at: auditLog.occurredAt, role: auditLog.actorRole })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "complaint"), eq(auditLog.action, "complaint.reveal_identity"), inArray(auditLog.entityId, complaintIds)))
      .orderBy(asc(auditLog.occurredAt)),
    db.select().from(privacyRequests).where(inArray(privacyRequests.complaintId, complaintIds)).orderBy(asc(privacyRequests.createdAt)),
    db
      .select({
        complaintId: sql<string>`${outbox.payload}->>'complaintId'`,
        at: outbox.createdAt,
        channel: outbox.channel,
        template: outbox.template,
        status: outbox.status,
      })
      .from(outbox)
      .where(and(inArray(sql`${outbox.payload}->>'complaintId'`, complaintIds), sql`${outbox.template} <> 'privacy_code'`))
      .orderBy(asc(outbox.createdAt)),
  ]);
  const of = <T extends { complaintId: string | null }>(list: T[], id: string) =>
    list.filter((r) => r.complaintId === id).map(({ complaintId: _, ...rest }) => rest);
  return rows.map(({ complaint: c, contact, agency, service, place }) => ({
    complaintId: c.id,
    trackingCode: c.trackingCode,
    submittedAt: c.createdAt,
    channel: c.channel,
    confidential: c.confidential,
    staffSeeYouAs: `Pelapor ${reporterPseudonym(c.id)}`,
    contact: contact && {
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      anonymizedAt: contact.anonymizedAt,
    },
    report: {
      category: c.category,
      agency,
      service,
      place,
      address: c.addressText,
      location: c.lat === null ? null : { lat: c.lat, lng: c.lng },
      occurredAt: c.occurredAt,
      description: c.description,
      language: c.language,
    },
    status: publicStatusOf(c.stage, c.outcome),
    outcome: c.outcome,
    closedAt: c.closedAt,
    statusHistory: of(stages, c.id).map((s) => ({ at: s.at, status: publicStatusOf(s.to, s.outcome), note: s.note })),
    messages: of(messages, c.id),
    attachments: of(files, c.id),
    identityShownToStaff: of(reveals, c.id),
    notificationsSent: of(notices, c.id),
    requests: of(
      requests.map((r) => ({
        complaintId: r.complaintId,
        kind: r.kind,
        status: r.status,
        details: r.details,
        requestedAt: r.createdAt,
        dueAt: r.dueAt,
        decidedAt: r.decidedAt,
        reason: r.decisionReason,
      })),
      c.id,
    ),
  }));
}

export type PersonalData = Awaited<ReturnType<typeof personalDataOf>>;

/** The data a reporter's live session opens; UNAUTHORIZED once it has ended. */
export async function myPersonalData({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const ids = await sessionComplaints(ctx, input);
  if (!ids) throw new DomainError("UNAUTHORIZED", "verification needed");
  return { complaints: await personalDataOf(ctx.db, ids) };
}
