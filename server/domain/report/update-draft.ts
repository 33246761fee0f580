import type { z } from "zod";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, invalidTransition } from "@/server/domain/errors";
import { updateReportInput } from "./schemas";
import { recordContribution } from "./contribute";
import { lockDraft } from "./lock-draft";

/** Edits the text of a report; a published report changes only through a new, marked version (see publish). */
export async function updateReportDraft({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof updateReportInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { reportId, expectedVersion, ...changes } = updateReportInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(tx, reportId);
    if (report.version !== expectedVersion) throw new DomainError("CONFLICT", "report changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    if (report.status === "withdrawn") throw invalidTransition("report withdrawn");
    const version = await recordContribution(tx, reportId, actor.userId, changes);
    await writeAudit(tx, actor, {
      action: "report.update",
      entityType: "report",
      entityId: reportId,
      after: { fields: Object.keys(changes), version },
    });
    return { version };
  });
}
