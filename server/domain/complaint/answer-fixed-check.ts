import type { z } from "zod";
import { eq } from "drizzle-orm";
import { complaints } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { notFound } from "@/server/domain/errors";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { recordStageChange } from "@/server/domain/procedure/record-stage";
import { fixedCheckInput } from "./schemas";
import { normalizeTrackingCode } from "./tracking-code";
import { isFixedCheckOpen } from "./fixed-check-window";

/** The reporter answers; "no" reopens the case for review, back in formal verification. */
export async function answerFixedCheck({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof fixedCheckInput> }): Promise<{ reopened: boolean }> {
  const data = fixedCheckInput.parse(input);
  const code = normalizeTrackingCode(data.code);
  // Checked (and a miss counted) before the transaction, which then locks the row.
  const known = await lookupByTrackingCode(ctx, async () =>
    code ? (await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code)))[0] : null,
  );
  if (!known || !code) throw notFound("complaint");
  const procedure = await loadProcedureConfig(ctx.db);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(complaints).where(eq(complaints.trackingCode, code)).for("update");
    if (!c) throw notFound("complaint");
    // A repeated click (or a stale page) finds the question already answered and changes nothing.
    if (!(await isFixedCheckOpen(tx, c, now))) return { reopened: false };
    if (!data.fixed) {
      await recordStageChange(
        tx,
        {
          complaintId: c.id,
          from: "closed",
          to: "formal_verification",
          outcome: null,
          reason: "reporter: not really fixed",
          publicNote: null,
          actorId: null,
          at: now,
        },
        procedure,
      );
    }
    await writeAudit(tx, null, {
      action: "complaint.fixed_check",
      entityType: "complaint",
      entityId: c.id,
      before: { stage: c.stage, outcome: c.outcome },
      after: { fixed: data.fixed },
    });
    return { reopened: !data.fixed };
  });
}
