import type { z } from "zod";
import { and, desc, eq } from "drizzle-orm";
import { complaints, complaintStageEvents } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, invalidTransition, notFound } from "@/server/domain/errors";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { recordStageChange } from "@/server/domain/procedure/record-stage";
import { reviewRapidResponseInput } from "./schemas";

/**
 * An admin confirms a rapid response, or reverts it: the complaint goes back to the stage it left, loses the
 * urgent priority and the rapid-response mark, with the admin's reason on its history.
 */
export async function reviewRapidResponse({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reviewRapidResponseInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = reviewRapidResponseInput.parse(input);
  const now = ctx.now();
  const config = await loadProcedureConfig(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const [complaint] = await tx.select().from(complaints).where(eq(complaints.id, data.complaintId)).for("update");
    if (!complaint) throw notFound("complaint");
    if (!complaint.rapidResponse || complaint.rapidResponseReviewedAt) throw invalidTransition("no rapid response awaits review");
    if (complaint.version !== data.expectedVersion) throw new DomainError("CONFLICT", "changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    const reviewed = { rapidResponseReviewedAt: now, rapidResponseReviewedById: actor.userId };
    if (data.decision === "confirm") {
      await tx.update(complaints).set(reviewed).where(eq(complaints.id, complaint.id));
    } else {
      if (complaint.stage !== "examination") throw invalidTransition("the case has moved on; change its stage instead");
      const [entered] = await tx
        .select({ from: complaintStageEvents.fromStage })
        .from(complaintStageEvents)
        .where(and(eq(complaintStageEvents.complaintId, complaint.id), eq(complaintStageEvents.toStage, "examination")))
        .orderBy(desc(complaintStageEvents.createdAt))
        .limit(1);
      await recordStageChange(
        tx,
        {
          complaintId: complaint.id,
          from: complaint.stage,
          to: entered?.from ?? "received",
          outcome: null,
          reason: data.reason ?? null,
          publicNote: null,
          actorId: actor.userId,
          at: now,
          extra: { ...reviewed, rapidResponse: false, priority: "normal" },
        },
        config,
      );
    }
    await writeAudit(tx, actor, {
      action: data.decision === "confirm" ? "complaint.rapid_response_confirm" : "complaint.rapid_response_revert",
      entityType: "complaint",
      entityId: complaint.id,
      after: { reason: data.reason ?? null },
    });
    return { decision: data.decision };
  });
}
