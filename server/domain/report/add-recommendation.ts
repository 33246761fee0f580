import type { z } from "zod";
import { and, eq, max } from "drizzle-orm";
import { agencies, recommendations } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, invalidTransition } from "@/server/domain/errors";
import { addRecommendationInput } from "./schemas";
import { recordContribution } from "./contribute";
import { lockDraft } from "./lock-draft";
import { oneRow } from "@/server/db/one-row";

/**
 * A recommendation addressed to one agency, with a due date; added while the report is not yet published. It is
 * part of what will be published, so it moves the report's version and makes its author a contributor (four eyes).
 */
export async function addRecommendation({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof addRecommendationInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = addRecommendationInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(tx, data.reportId);
    if (report.status !== "draft" && report.status !== "in_review") throw invalidTransition("recommendations are fixed once published");
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
    if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
    const [last] = await tx
      .select({ n: max(recommendations.ordinal) })
      .from(recommendations)
      .where(and(eq(recommendations.reportId, report.id)));
    const rec = oneRow(
      await tx
        .insert(recommendations)
        .values({ reportId: report.id, agencyId: data.agencyId, body: data.body, dueAt: data.dueAt, ordinal: (last?.n ?? 0) + 1 })
        .returning({ id: recommendations.id, ordinal: recommendations.ordinal }),
    );
    const version = await recordContribution(tx, report.id, actor.userId);
    await writeAudit(tx, actor, {
      action: "report.add_recommendation",
      entityType: "report",
      entityId: report.id,
      after: { recommendationId: rec.id, agencyId: data.agencyId, version },
    });
    return { ...rec, version };
  });
}
