import { and, eq, max } from "drizzle-orm";
import { agencies, clarificationRequestEvidence, clarificationRequests } from "@/server/db/schema";
import type { ClarificationMethod } from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import { queueAgencyMail } from "@/server/domain/notification/enqueue";
import { oneRow } from "@/server/db/one-row";

export type NewRequest = {
  agencyId: string;
  complaintId: string | null;
  incidentId: string | null;
  method: ClarificationMethod;
  questions: string;
  dueAt: Date;
  sentById: string;
  sentAt: Date;
  evidenceComplaintIds: string[];
  previousRequestId?: string;
};

/**
 * Inserts a request with the next sequence number for its subject and agency, the evidence the agency may
 * read, and the mail to every responder of that agency — used by investigators and by the lapse job.
 */
export async function createClarificationRequest(tx: Tx, r: NewRequest) {
  const subject = r.complaintId
    ? eq(clarificationRequests.complaintId, r.complaintId)
    : r.incidentId
      ? eq(clarificationRequests.incidentId, r.incidentId)
      : null;
  if (!subject) throw new Error("a clarification request names a complaint or an incident");
  const [previous] = await tx
    .select({ sequence: max(clarificationRequests.sequence) })
    .from(clarificationRequests)
    .where(and(subject, eq(clarificationRequests.agencyId, r.agencyId)));
  const sequence = (previous?.sequence ?? 0) + 1;
  const request = oneRow(
    await tx
      .insert(clarificationRequests)
      .values({
        agencyId: r.agencyId,
        complaintId: r.complaintId,
        incidentId: r.incidentId,
        sequence,
        previousRequestId: r.previousRequestId ?? null,
        method: r.method,
        questions: r.questions,
        dueAt: r.dueAt,
        sentById: r.sentById,
        sentAt: r.sentAt,
        createdAt: r.sentAt,
      })
      .returning({ id: clarificationRequests.id, dueAt: clarificationRequests.dueAt }),
  );
  if (r.evidenceComplaintIds.length) {
    await tx.insert(clarificationRequestEvidence).values(r.evidenceComplaintIds.map((complaintId) => ({ requestId: request.id, complaintId })));
  }
  const [agency] = await tx.select({ name: agencies.nameId }).from(agencies).where(eq(agencies.id, r.agencyId));
  await queueAgencyMail(tx, r.agencyId, {
    template: "clarification_new",
    payload: {
      requestId: request.id,
      dueAt: request.dueAt.toISOString(),
      sequence,
      questions: r.questions.slice(0, 2000),
      agencyName: agency?.name,
    },
    dedupePrefix: `clarification.new:${request.id}`,
  });
  return { id: request.id, dueAt: request.dueAt, sequence };
}
