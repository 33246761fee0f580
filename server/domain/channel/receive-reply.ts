import { eq } from "drizzle-orm";
import { z } from "zod";
import { complaintMessages, complaints, complaintThreads } from "@/server/db/schema";
import { OUTBOX_CHANNELS } from "@/server/db/schema/constants";
import { DESCRIPTION_MAX } from "@/server/domain/complaint/schemas";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { recordInformationAnswered } from "@/server/domain/complaint/information-answered";
import { recordInbound } from "./inbound-log";
import { oneRow } from "@/server/db/one-row";

export const reporterReplyInput = z.object({
  complaintId: z.uuid(),
  channel: z.enum(OUTBOX_CHANNELS),
  externalId: z.string().min(1).max(500),
  body: z.string().trim().min(1).max(DESCRIPTION_MAX),
});

/** Stands in for the idempotency key of stored files: a message's files are stored under its own id. */
const storageKey = (channel: string, externalId: string) => `${channel}-${Buffer.from(externalId).toString("base64url").slice(0, 80)}`;

/**
 * A reporter's answer that came back through their channel (a mail reply, a WhatsApp message) becomes a
 * message on their case, with its files. When the Ombudsman had asked them for more information, the answer
 * sends the case back to formal verification, as the tracking page's answer does. Once per channel message.
 */
export async function receiveReporterReply({
  ctx,
  input,
  files = [],
}: {
  ctx: DomainCtx;
  input: z.input<typeof reporterReplyInput>;
  files?: IncomingFile[];
}) {
  const data = reporterReplyInput.parse(input);
  const now = ctx.now();
  const stored = await storeAttachments(ctx, files, storageKey(data.channel, data.externalId), now);
  const procedure = await loadProcedureConfig(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const [complaint] = await tx.select({ stage: complaints.stage }).from(complaints).where(eq(complaints.id, data.complaintId)).for("update");
    if (!complaint) return { added: false };
    if (!(await recordInbound(tx, { channel: data.channel, externalId: data.externalId, outcome: "reply", complaintId: data.complaintId, at: now })))
      return { added: false };
    const message = oneRow(
      await tx
        .insert(complaintMessages)
        .values({ complaintId: data.complaintId, direction: "from_reporter", body: data.body, createdAt: now })
        .returning({ id: complaintMessages.id }),
    );
    await insertAttachmentRows(tx, { messageId: message.id }, stored);
    await tx.update(complaintThreads).set({ lastInboundAt: now }).where(eq(complaintThreads.complaintId, data.complaintId));
    const answered = complaint.stage === "awaiting_reporter";
    if (answered) await recordInformationAnswered(tx, data.complaintId, now, procedure);
    await writeAudit(tx, null, {
      action: "complaint.reporter_reply",
      entityType: "complaint",
      entityId: data.complaintId,
      after: { channel: data.channel, messageId: message.id, attachments: stored.files.length, ...(answered && { stage: "formal_verification" }) },
    });
    return { added: true, messageId: message.id };
  });
}
