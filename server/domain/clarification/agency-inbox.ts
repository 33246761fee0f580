import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  clarificationRequestEvidence,
  clarificationRequests,
  clarificationResponses,
  complaints,
  incidents,
  places,
  services,
} from "../../db/schema";
import type { DomainCtx } from "../context";
import { ownRequest, requireResponder } from "./agency-access";
import { attachmentsByOwner } from "../attachment/by-owner";
import { requestRefInput } from "./schemas";

/** The responder's inbox: their agency's requests only, overdue ones flagged. */
export async function listAgencyInbox({ ctx }: { ctx: DomainCtx }) {
  const actor = requireResponder(ctx);
  const now = ctx.now();
  const rows = await ctx.db
    .select({
      id: clarificationRequests.id,
      sequence: clarificationRequests.sequence,
      method: clarificationRequests.method,
      status: clarificationRequests.status,
      dueAt: clarificationRequests.dueAt,
      sentAt: clarificationRequests.sentAt,
      answeredAt: clarificationRequests.answeredAt,
      questions: sql<string>`left(${clarificationRequests.questions}, 200)`,
      incidentCode: incidents.code,
      incidentTitle: incidents.titleId,
      // What a request about one report is about, without who sent it: its kind, service, place and day.
      complaintCategory: complaints.category,
      complaintService: services.nameId,
      complaintPlace: places.name,
      complaintOccurredAt: complaints.occurredAt,
    })
    .from(clarificationRequests)
    .leftJoin(incidents, eq(incidents.id, clarificationRequests.incidentId))
    .leftJoin(complaints, eq(complaints.id, clarificationRequests.complaintId))
    .leftJoin(services, eq(services.id, complaints.serviceId))
    .leftJoin(places, eq(places.id, complaints.placeId))
    .where(eq(clarificationRequests.agencyId, actor.agencyId))
    .orderBy(asc(clarificationRequests.status), asc(clarificationRequests.dueAt))
    .limit(500);
  return rows.map((r) => ({ ...r, overdue: r.status === "open" && r.dueAt.getTime() < now.getTime() }));
}

/**
 * One request as the agency sees it: the questions, what it is about, and the reports the investigator chose
 * to share — their content only, never who sent them, never their tracking codes.
 */
export async function getRequestForAgency({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireResponder(ctx);
  const { requestId } = requestRefInput.parse(input);
  const request = await ownRequest(ctx.db, actor.agencyId, requestId);
  const [incident] = request.incidentId
    ? await ctx.db
        .select({ code: incidents.code, title: incidents.titleId, reportCount: incidents.reportCount, firstReportAt: incidents.firstReportAt, lastReportAt: incidents.lastReportAt })
        .from(incidents)
        .where(eq(incidents.id, request.incidentId))
    : [];
  const evidenceIds = (await ctx.db.select({ id: clarificationRequestEvidence.complaintId }).from(clarificationRequestEvidence).where(eq(clarificationRequestEvidence.requestId, request.id))).map(
    (e) => e.id,
  );
  const [evidence, responses] = await Promise.all([
    evidenceIds.length
      ? ctx.db
          .select({ category: complaints.category, occurredAt: complaints.occurredAt, description: complaints.description, placeName: places.name, serviceName: services.nameId })
          .from(complaints)
          .leftJoin(places, eq(places.id, complaints.placeId))
          .leftJoin(services, eq(services.id, complaints.serviceId))
          .where(inArray(complaints.id, evidenceIds))
          .orderBy(asc(complaints.occurredAt))
      : Promise.resolve([]),
    ctx.db.select({ id: clarificationResponses.id, body: clarificationResponses.body, at: clarificationResponses.createdAt }).from(clarificationResponses).where(eq(clarificationResponses.requestId, request.id)).orderBy(desc(clarificationResponses.createdAt)),
  ]);
  const files = await attachmentsByOwner(ctx.db, "clarificationResponseId", responses.map((r) => r.id));
  return {
    id: request.id,
    sequence: request.sequence,
    method: request.method,
    questions: request.questions,
    status: request.status,
    dueAt: request.dueAt,
    sentAt: request.sentAt,
    overdue: request.status === "open" && request.dueAt.getTime() < ctx.now().getTime(),
    incident: incident ?? null,
    evidence,
    responses: responses.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] })),
  };
}
