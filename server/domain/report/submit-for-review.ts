import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { evaluationReports } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { invalidTransition, notFound } from "@/server/domain/errors";
import { reportRefInput } from "./schemas";

/** An investigator hands a draft to senior staff for review. */
export async function submitReportForReview({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reportRefInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { reportId } = reportRefInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
    if (!report) throw notFound("report");
    if (report.status !== "draft") throw invalidTransition(`report is ${report.status}`);
    await tx
      .update(evaluationReports)
      .set({ status: "in_review", submittedById: actor.userId, version: sql`${evaluationReports.version} + 1` })
      .where(eq(evaluationReports.id, reportId));
    await writeAudit(tx, actor, {
      action: "report.submit",
      entityType: "report",
      entityId: reportId,
      before: { status: "draft" },
      after: { status: "in_review" },
    });
    return { status: "in_review" as const };
  });
}
