import { and, eq, inArray, max } from "drizzle-orm";
import { agencies, clarificationRequestEvidence, clarificationRequests, complaints, incidents } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, notFound } from "../errors";
import { addCalendarDays } from "../procedure/calendar";
import { DEFAULT_ANSWER_DAYS, sendClarificationInput } from "./schemas";

/**
 * An investigator asks the responsible agency, in writing and against a deadline, about a complaint or an
 * incident, choosing which reports it may read. A follow-up to an earlier request counts up its sequence
 * (after three ignored summonses the police may be asked to bring the official).
 */
export async function sendClarificationRequest({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = sendClarificationInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(and(eq(agencies.id, data.agencyId), eq(agencies.active, true)));
    if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
    if (data.complaintId) {
      const [c] = await tx.select({ id: complaints.id }).from(complaints).where(eq(complaints.id, data.complaintId));
      if (!c) throw notFound("complaint");
    }
    if (data.incidentId) {
      const [i] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, data.incidentId));
      if (!i) throw notFound("incident");
    }
    const evidence = data.evidenceComplaintIds.length
      ? await tx
          .select({ id: complaints.id, incidentId: complaints.incidentId })
          .from(complaints)
          .where(inArray(complaints.id, data.evidenceComplaintIds))
      : [];
    // Evidence must belong to the subject: the complaint itself, or reports of the incident.
    const foreign = evidence.filter((e) => (data.complaintId ? e.id !== data.complaintId : e.incidentId !== data.incidentId));
    if (evidence.length !== new Set(data.evidenceComplaintIds).size || foreign.length > 0) {
      throw new DomainError("VALIDATION", "evidence outside the subject", { evidenceComplaintIds: ["errors.notInIncident"] });
    }
    const subject = data.complaintId ? eq(clarificationRequests.complaintId, data.complaintId) : eq(clarificationRequests.incidentId, data.incidentId!);
    const [previous] = await tx
      .select({ sequence: max(clarificationRequests.sequence) })
      .from(clarificationRequests)
      .where(and(subject, eq(clarificationRequests.agencyId, data.agencyId)));
    const sequence = (previous?.sequence ?? 0) + 1;
    const [request] = await tx
      .insert(clarificationRequests)
      .values({
        agencyId: data.agencyId,
        complaintId: data.complaintId ?? null,
        incidentId: data.incidentId ?? null,
        sequence,
        method: data.method,
        questions: data.questions,
        dueAt: data.dueAt ?? addCalendarDays(now, DEFAULT_ANSWER_DAYS),
        sentById: actor.userId,
        sentAt: now,
        createdAt: now,
      })
      .returning({ id: clarificationRequests.id, dueAt: clarificationRequests.dueAt });
    if (evidence.length) {
      await tx.insert(clarificationRequestEvidence).values(evidence.map((e) => ({ requestId: request!.id, complaintId: e.id })));
    }
    await writeAudit(tx, actor, {
      action: "clarification.send",
      entityType: "clarification_request",
      entityId: request!.id,
      after: { agencyId: data.agencyId, complaintId: data.complaintId ?? null, incidentId: data.incidentId ?? null, sequence, evidence: evidence.length },
    });
    return { requestId: request!.id, sequence, dueAt: request!.dueAt };
  });
}
