import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { clarificationRequests, clarificationResponses } from "@/server/db/schema";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { invalidTransition } from "@/server/domain/errors";
import { ownRequest, requireResponder } from "./agency-access";
import { mailRequestSender } from "./mail-investigator";
import { answerClarificationInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * The agency answers, with documents if it has them; a late answer is still taken (and stays marked late by
 * its dates). The investigator is told.
 */
export async function answerClarification({ ctx, input, files = [] }: { ctx: DomainCtx; input: unknown; files?: IncomingFile[] }) {
  const actor = requireResponder(ctx);
  const data = answerClarificationInput.parse(input);
  const now = ctx.now();
  // Checked before any bytes are stored, so another agency's request costs nothing.
  await ownRequest(ctx.db, actor.agencyId, data.requestId);
  const stored = await storeAttachments(ctx, files, `answer:${randomUUID()}`, now);
  return ctx.db.transaction(async (tx) => {
    const request = await ownRequest(tx, actor.agencyId, data.requestId, true);
    if (request.status === "withdrawn") throw invalidTransition("request withdrawn");
    const response = oneRow(
      await tx
        .insert(clarificationResponses)
        .values({ requestId: request.id, authorId: actor.userId, body: data.body, createdAt: now })
        .returning({ id: clarificationResponses.id }),
    );
    await insertAttachmentRows(tx, { clarificationResponseId: response.id }, stored);
    await tx
      .update(clarificationRequests)
      .set({
        status: "answered",
        answeredAt: sql`coalesce(${clarificationRequests.answeredAt}, ${now.toISOString()}::timestamptz)`,
        version: sql`${clarificationRequests.version} + 1`,
      })
      .where(eq(clarificationRequests.id, request.id));
    await mailRequestSender(tx, request, {
      template: "clarification_answered",
      payload: { late: request.dueAt.getTime() < now.getTime() },
      dedupeKey: `clarification.answered:${response.id}`,
    });
    await writeAudit(tx, actor, {
      action: "clarification.answer",
      entityType: "clarification_request",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "answered", responseId: response.id, attachments: stored.files.length, late: request.dueAt.getTime() < now.getTime() },
    });
    return { responseId: response.id };
  });
}
