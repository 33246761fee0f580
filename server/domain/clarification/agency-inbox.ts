import { asc, eq, sql } from "drizzle-orm";
import { clarificationRequests, complaints, incidents, places, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { requireResponder } from "./agency-access";

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
