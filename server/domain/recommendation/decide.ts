import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { recommendationEvents, recommendations } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { decideRecommendationInput } from "./schemas";
import { lockPublished } from "./lock-published";

/** The investigator decides the status on the evidence; the decision and its reason join the public history. */
export async function decideRecommendation({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof decideRecommendationInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = decideRecommendationInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const rec = await lockPublished(tx, data.recommendationId);
    if (rec.version !== data.expectedVersion)
      throw new DomainError("CONFLICT", "recommendation changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    await tx.insert(recommendationEvents).values({
      recommendationId: rec.id,
      fromStatus: rec.status,
      toStatus: data.status,
      decisionNote: data.note,
      actorId: actor.userId,
      createdAt: ctx.now(),
    });
    await tx
      .update(recommendations)
      .set({ status: data.status, version: sql`${recommendations.version} + 1` })
      .where(eq(recommendations.id, rec.id));
    await writeAudit(tx, actor, {
      action: "recommendation.decide",
      entityType: "recommendation",
      entityId: rec.id,
      before: { status: rec.status },
      after: { status: data.status },
    });
    return { status: data.status, version: rec.version + 1 };
  });
}
