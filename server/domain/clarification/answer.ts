import { eq, sql } from "drizzle-orm";
import { agencies, clarificationRequests, clarificationResponses, users } from "../../db/schema";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { invalidTransition } from "../errors";
import { queueMail } from "../notification/enqueue";
import { ownRequest, requireResponder } from "./agency-access";
import { answerClarificationInput } from "./schemas";

/** The agency answers; a late answer is still taken (and stays marked late by its dates). The investigator is told. */
export async function answerClarification({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireResponder(ctx);
  const data = answerClarificationInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const request = await ownRequest(tx, actor.agencyId, data.requestId, true);
    if (request.status === "withdrawn") throw invalidTransition("request withdrawn");
    const [response] = await tx
      .insert(clarificationResponses)
      .values({ requestId: request.id, authorId: actor.userId, body: data.body, createdAt: now })
      .returning({ id: clarificationResponses.id });
    await tx
      .update(clarificationRequests)
      .set({ status: "answered", answeredAt: sql`coalesce(${clarificationRequests.answeredAt}, ${now.toISOString()}::timestamptz)`, version: sql`${clarificationRequests.version} + 1` })
      .where(eq(clarificationRequests.id, request.id));
    const [sender] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, request.sentById));
    const [agency] = await tx.select({ name: agencies.nameId }).from(agencies).where(eq(agencies.id, request.agencyId));
    if (sender) {
      await queueMail(tx, [
        {
          template: "clarification_answered",
          recipient: sender.email,
          locale: sender.locale,
          payload: { requestId: request.id, incidentId: request.incidentId, complaintId: request.complaintId, agencyName: agency?.name, late: request.dueAt.getTime() < now.getTime() },
          dedupeKey: `clarification.answered:${response!.id}`,
        },
      ]);
    }
    await writeAudit(tx, actor, {
      action: "clarification.answer",
      entityType: "clarification_request",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "answered", responseId: response!.id, late: request.dueAt.getTime() < now.getTime() },
    });
    return { responseId: response!.id };
  });
}
