import { and, eq, lt } from "drizzle-orm";
import { clarificationRequestEvidence, clarificationRequests } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { addCalendarDays } from "@/server/domain/procedure/calendar";
import { createClarificationRequest } from "./create-request";
import { mailRequestSender } from "./mail-investigator";
import { DEFAULT_ANSWER_DAYS } from "./schemas";

/** After the third ignored request the Ombudsman may ask the police to bring the official; no more automatic letters. */
export const MAX_AUTOMATIC_SEQUENCE = 3;

/**
 * Run by the job worker: every open request past its deadline lapses, and — up to the third — a follow-up
 * with the same questions and evidence goes to the agency. The investigator who sent it is told. Each
 * request is handled in its own transaction under a row lock, so two workers never lapse one twice.
 */
export async function lapseOverdueRequests({ ctx }: { ctx: DomainCtx }): Promise<{ lapsed: number; followUps: number }> {
  const now = ctx.now();
  const due = await ctx.db
    .select({ id: clarificationRequests.id })
    .from(clarificationRequests)
    .where(and(eq(clarificationRequests.status, "open"), lt(clarificationRequests.dueAt, now)))
    .limit(200);
  const tally = { lapsed: 0, followUps: 0 };
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      const [request] = await tx
        .select()
        .from(clarificationRequests)
        .where(and(eq(clarificationRequests.id, id), eq(clarificationRequests.status, "open")))
        .for("update", { skipLocked: true });
      if (!request || request.dueAt >= now) return;
      await tx.update(clarificationRequests).set({ status: "lapsed", closedAt: now }).where(eq(clarificationRequests.id, id));
      tally.lapsed++;
      let followUp: { id: string; sequence: number } | null = null;
      if (request.sequence < MAX_AUTOMATIC_SEQUENCE) {
        const evidence = await tx
          .select({ id: clarificationRequestEvidence.complaintId })
          .from(clarificationRequestEvidence)
          .where(eq(clarificationRequestEvidence.requestId, id));
        followUp = await createClarificationRequest(tx, {
          agencyId: request.agencyId,
          complaintId: request.complaintId,
          incidentId: request.incidentId,
          method: request.method,
          questions: request.questions,
          dueAt: addCalendarDays(now, DEFAULT_ANSWER_DAYS),
          sentById: request.sentById,
          sentAt: now,
          evidenceComplaintIds: evidence.map((e) => e.id),
          previousRequestId: request.id,
        });
        tally.followUps++;
      }
      await mailRequestSender(tx, request, {
        template: "clarification_lapsed",
        payload: { dueAt: request.dueAt.toISOString(), sequence: followUp?.sequence ?? request.sequence, followUp: followUp !== null },
        dedupeKey: `clarification.lapsed:${request.id}`,
      });
      await writeAudit(tx, null, {
        action: "clarification.lapse",
        entityType: "clarification_request",
        entityId: request.id,
        before: { status: "open" },
        after: { status: "lapsed", followUpId: followUp?.id ?? null },
      });
    });
  }
  return tally;
}
