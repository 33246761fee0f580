import type { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { agencies, complaints, incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { addCalendarDays } from "@/server/domain/procedure/calendar";
import { createClarificationRequest } from "./create-request";
import { DEFAULT_ANSWER_DAYS, sendClarificationInput } from "./schemas";

/**
 * An investigator asks the responsible agency, in writing and against a deadline, about a complaint or an
 * incident, choosing which reports it may read. A follow-up to an earlier request counts up its sequence
 * (after three ignored summonses the police may be asked to bring the official).
 */
export async function sendClarificationRequest({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof sendClarificationInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = sendClarificationInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.id, data.agencyId), eq(agencies.active, true)));
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
    const request = await createClarificationRequest(tx, {
      agencyId: data.agencyId,
      complaintId: data.complaintId ?? null,
      incidentId: data.incidentId ?? null,
      method: data.method,
      questions: data.questions,
      dueAt: data.dueAt ?? addCalendarDays(now, DEFAULT_ANSWER_DAYS),
      sentById: actor.userId,
      sentAt: now,
      evidenceComplaintIds: evidence.map((e) => e.id),
    });
    await writeAudit(tx, actor, {
      action: "clarification.send",
      entityType: "clarification_request",
      entityId: request.id,
      after: {
        agencyId: data.agencyId,
        complaintId: data.complaintId ?? null,
        incidentId: data.incidentId ?? null,
        sequence: request.sequence,
        evidence: evidence.length,
      },
    });
    return { requestId: request.id, sequence: request.sequence, dueAt: request.dueAt };
  });
}
