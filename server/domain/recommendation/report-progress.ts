import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { recommendationEvents, recommendations } from "@/server/db/schema";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { requireResponder } from "@/server/domain/clarification/agency-access";
import { reportProgressInput } from "./schemas";
import { lockPublished } from "./lock-published";
import { oneRow } from "@/server/db/one-row";

/** The agency reports what it has done, with its evidence (text and documents); a pending recommendation becomes in progress. */
export async function reportRecommendationProgress({ ctx, input, files = [] }: { ctx: DomainCtx; input: unknown; files?: IncomingFile[] }) {
  const actor = requireResponder(ctx);
  const data = reportProgressInput.parse(input);
  const now = ctx.now();
  // Another agency's recommendation costs nothing: checked before any bytes are stored.
  await ctx.db.transaction((tx) => lockPublished(tx, data.recommendationId, actor.agencyId));
  const stored = await storeAttachments(ctx, files, `recommendation:${randomUUID()}`, now);
  return ctx.db.transaction(async (tx) => {
    const rec = await lockPublished(tx, data.recommendationId, actor.agencyId);
    const to = rec.status === "pending" ? "in_progress" : rec.status;
    const event = oneRow(
      await tx
        .insert(recommendationEvents)
        .values({
          recommendationId: rec.id,
          fromStatus: rec.status,
          toStatus: to,
          agencyEvidence: data.evidence,
          actorId: actor.userId,
          createdAt: now,
        })
        .returning({ id: recommendationEvents.id }),
    );
    await insertAttachmentRows(tx, { recommendationEventId: event.id }, stored);
    await tx
      .update(recommendations)
      .set({ status: to, version: sql`${recommendations.version} + 1` })
      .where(eq(recommendations.id, rec.id));
    await writeAudit(tx, actor, {
      action: "recommendation.report_progress",
      entityType: "recommendation",
      entityId: rec.id,
      before: { status: rec.status },
      after: { status: to, eventId: event.id },
    });
    return { status: to, eventId: event.id };
  });
}
