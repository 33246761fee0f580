import type { z } from "zod";
import { asc, eq, sql } from "drizzle-orm";
import {
  agencies,
  attachments,
  cannedResponses,
  complaintContacts,
  complaintMessages,
  complaintStageEvents,
  complaints,
  incidents,
  internalNotes,
  places,
  services,
  users,
  complaintRatings,
} from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { auditTrail } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { actionsFrom } from "@/server/domain/procedure/machine";
import { identityForStaff } from "./reporter-identity";
import { complaintRefInput } from "./schemas";

/** Everything about one complaint for Ombudsman staff (staff only); a confidential reporter only as a pseudonym. */
export async function getComplaintDetail({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof complaintRefInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId } = complaintRefInput.parse(input);
  const [row] = await ctx.db
    .select({
      c: complaints,
      serviceName: services.nameId,
      agencyName: agencies.nameId,
      placeName: places.name,
      assigneeName: users.name,
      incidentCode: incidents.code,
      incidentTitle: incidents.titleId,
    })
    .from(complaints)
    .leftJoin(services, eq(services.id, complaints.serviceId))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .leftJoin(places, eq(places.id, complaints.placeId))
    .leftJoin(users, eq(users.id, complaints.assigneeId))
    .leftJoin(incidents, eq(incidents.id, complaints.incidentId))
    .where(eq(complaints.id, complaintId));
  if (!row) throw notFound("complaint");
  const author = users;
  const [contact, files, history, messages, notes, audit, suggestion, canned, rating] = await Promise.all([
    ctx.db
      .select()
      .from(complaintContacts)
      .where(eq(complaintContacts.complaintId, complaintId))
      .then((r) => r[0] ?? null),
    ctx.db
      .select({
        id: attachments.id,
        originalName: attachments.originalName,
        mimeType: attachments.mimeType,
        sizeBytes: attachments.sizeBytes,
        messageId: attachments.messageId,
        removedAt: attachments.removedAt,
      })
      .from(attachments)
      .where(
        sql`${attachments.complaintId} = ${complaintId} or ${attachments.messageId} in (select id from complaint_messages where complaint_id = ${complaintId})`,
      ),
    ctx.db
      .select({
        id: complaintStageEvents.id,
        from: complaintStageEvents.fromStage,
        to: complaintStageEvents.toStage,
        outcome: complaintStageEvents.outcome,
        reason: complaintStageEvents.reason,
        publicNote: complaintStageEvents.publicNote,
        at: complaintStageEvents.createdAt,
        actorName: author.name,
      })
      .from(complaintStageEvents)
      .leftJoin(author, eq(author.id, complaintStageEvents.actorId))
      .where(eq(complaintStageEvents.complaintId, complaintId))
      .orderBy(asc(complaintStageEvents.createdAt)),
    ctx.db
      .select({
        id: complaintMessages.id,
        direction: complaintMessages.direction,
        body: complaintMessages.body,
        at: complaintMessages.createdAt,
        authorName: author.name,
      })
      .from(complaintMessages)
      .leftJoin(author, eq(author.id, complaintMessages.authorId))
      .where(eq(complaintMessages.complaintId, complaintId))
      .orderBy(asc(complaintMessages.createdAt)),
    ctx.db
      .select({ id: internalNotes.id, body: internalNotes.body, at: internalNotes.createdAt, authorName: author.name })
      .from(internalNotes)
      .leftJoin(author, eq(author.id, internalNotes.authorId))
      .where(eq(internalNotes.complaintId, complaintId))
      .orderBy(asc(internalNotes.createdAt)),
    auditTrail(ctx.db, "complaint", complaintId),
    row.c.suggestedIncidentId
      ? ctx.db
          .select({ id: incidents.id, code: incidents.code, title: incidents.titleId })
          .from(incidents)
          .where(eq(incidents.id, row.c.suggestedIncidentId))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    ctx.db.select().from(cannedResponses).where(eq(cannedResponses.active, true)).orderBy(asc(cannedResponses.key)),
    ctx.db
      .select({
        score: complaintRatings.score,
        comment: complaintRatings.comment,
        channel: complaintRatings.channel,
        ratedAt: complaintRatings.updatedAt,
        reviewedAt: complaintRatings.reviewedAt,
      })
      .from(complaintRatings)
      .where(eq(complaintRatings.complaintId, complaintId))
      .then((r) => r[0] ?? null),
  ]);
  const { searchVector: _sv, idempotencyKey: _key, ...complaint } = row.c;
  return {
    complaint,
    serviceName: row.serviceName,
    agencyName: row.agencyName,
    placeName: row.placeName,
    assigneeName: row.assigneeName,
    incident:
      row.incidentCode && row.c.incidentId ? { id: row.c.incidentId, code: row.incidentCode, title: row.incidentTitle ?? row.incidentCode } : null,
    suggestion: suggestion ? { ...suggestion, score: row.c.suggestedScore } : null,
    // A confidential reporter is a pseudonym here; revealing them is its own audited step (reveal-identity).
    contact: contact ? identityForStaff(row.c, contact) : null,
    attachments: files,
    history,
    messages,
    notes,
    audit,
    actions: actionsFrom(row.c.stage, actor.role),
    cannedResponses: canned,
    rating,
  };
}
