import type { z } from "zod";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { clarificationRequestEvidence, clarificationResponses, complaints, incidents, places, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { ownRequest, requireResponder } from "./agency-access";
import { attachmentsByOwner } from "@/server/domain/attachment/by-owner";
import { requestRefInput } from "./schemas";

/**
 * One request as the agency sees it: the questions, what it is about, and the reports the investigator chose
 * to share — their content only, never who sent them, never their tracking codes.
 */
export async function getRequestForAgency({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof requestRefInput> }) {
  const actor = requireResponder(ctx);
  const { requestId } = requestRefInput.parse(input);
  const request = await ownRequest(ctx.db, actor.agencyId, requestId);
  const [incident] = request.incidentId
    ? await ctx.db
        .select({
          code: incidents.code,
          title: incidents.titleId,
          reportCount: incidents.reportCount,
          firstReportAt: incidents.firstReportAt,
          lastReportAt: incidents.lastReportAt,
        })
        .from(incidents)
        .where(eq(incidents.id, request.incidentId))
    : [];
  const evidenceIds = (
    await ctx.db
      .select({ id: clarificationRequestEvidence.complaintId })
      .from(clarificationRequestEvidence)
      .where(eq(clarificationRequestEvidence.requestId, request.id))
  ).map((e) => e.id);
  const [evidence, responses] = await Promise.all([
    evidenceIds.length
      ? ctx.db
          .select({
            category: complaints.category,
            occurredAt: complaints.occurredAt,
            description: complaints.description,
            placeName: places.name,
            serviceName: services.nameId,
          })
          .from(complaints)
          .leftJoin(places, eq(places.id, complaints.placeId))
          .leftJoin(services, eq(services.id, complaints.serviceId))
          .where(inArray(complaints.id, evidenceIds))
          .orderBy(asc(complaints.occurredAt))
      : Promise.resolve([]),
    ctx.db
      .select({ id: clarificationResponses.id, body: clarificationResponses.body, at: clarificationResponses.createdAt })
      .from(clarificationResponses)
      .where(eq(clarificationResponses.requestId, request.id))
      .orderBy(desc(clarificationResponses.createdAt)),
  ]);
  const files = await attachmentsByOwner(
    ctx.db,
    "clarificationResponseId",
    responses.map((r) => r.id),
  );
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
