import { and, eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaintMessages, complaints } from "@/server/db/schema";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { consumeSubmissionQuota, lookupByTrackingCode } from "@/server/domain/rate-limit";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { addInformationInput } from "./schemas";
import { recordInformationAnswered } from "./information-answered";
import { normalizeTrackingCode } from "./tracking-code";
import { oneRow } from "@/server/db/one-row";

/**
 * The reporter answers a request for more information (text and files). The case goes back to formal
 * verification, which restarts the Ombudsman's clock. Idempotent on the message's key.
 */
export async function addReporterInformation({
  ctx,
  input,
  files = [],
}: {
  ctx: DomainCtx;
  input: unknown;
  files?: IncomingFile[];
}): Promise<{ added: boolean }> {
  const data = addInformationInput.parse(input);
  const code = normalizeTrackingCode(data.code);
  const complaint = await lookupByTrackingCode(ctx, async () =>
    code ? (await ctx.db.select().from(complaints).where(eq(complaints.trackingCode, code)))[0] : null,
  );
  if (!complaint) throw notFound("complaint");
  if (complaint.stage !== "awaiting_reporter") {
    // A retry after success lands here too: it is not an error for the reporter.
    const replay = await selectRows(
      ctx.db,
      sql`select 1 as hit from audit_log where action = 'complaint.add_information' and entity_id = ${complaint.id} and after->>'key' = ${data.idempotencyKey} limit 1`,
    );
    if (replay.length > 0) return { added: false };
    throw new DomainError("INVALID_TRANSITION", "no information was requested", { _form: ["errors.noInformationRequested"] });
  }
  await consumeSubmissionQuota(ctx, []);
  const now = ctx.now();
  const procedure = await loadProcedureConfig(ctx.db);
  const stored = await storeAttachments(ctx, files, data.idempotencyKey, now);

  return ctx.db.transaction(async (tx) => {
    // Only one concurrent answer moves the stage; the loser sees the stage already changed.
    const [locked] = await tx
      .select({ stage: complaints.stage })
      .from(complaints)
      .where(and(eq(complaints.id, complaint.id), eq(complaints.stage, "awaiting_reporter")))
      .for("update");
    if (!locked) return { added: false };
    const message = oneRow(
      await tx
        .insert(complaintMessages)
        .values({ complaintId: complaint.id, direction: "from_reporter", body: data.body, createdAt: now })
        .returning({ id: complaintMessages.id }),
    );
    await insertAttachmentRows(tx, { messageId: message.id }, stored);
    await recordInformationAnswered(tx, complaint.id, now, procedure);
    await writeAudit(tx, null, {
      action: "complaint.add_information",
      entityType: "complaint",
      entityId: complaint.id,
      before: { stage: "awaiting_reporter" },
      after: { stage: "formal_verification", key: data.idempotencyKey, attachments: stored.files.length },
    });
    return { added: true };
  });
}
