import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { evaluationReports, recommendationEvents, recommendations } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import type { Tx } from "../../db/types";
import { requireRole } from "../access";
import type { IncomingFile } from "../attachment/process";
import { insertAttachmentRows, storeAttachments } from "../attachment/store";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, notFound } from "../errors";
import { requireResponder } from "../clarification/agency-access";
import { decideRecommendationInput, reportProgressInput } from "./schemas";

/** A recommendation of a published report, locked; `agencyId` limits it to that agency's (others: NOT_FOUND). */
async function lockPublished(tx: Tx, recommendationId: string, agencyId?: string) {
  const [row] = await tx
    .select({ r: recommendations })
    .from(recommendations)
    .innerJoin(evaluationReports, eq(evaluationReports.id, recommendations.reportId))
    .where(and(eq(recommendations.id, recommendationId), eq(evaluationReports.status, "published"), agencyId ? eq(recommendations.agencyId, agencyId) : undefined))
    .for("update", { of: recommendations });
  if (!row) throw notFound("recommendation");
  return row.r;
}

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
    const [event] = await tx
      .insert(recommendationEvents)
      .values({ recommendationId: rec.id, fromStatus: rec.status, toStatus: to, agencyEvidence: data.evidence, actorId: actor.userId, createdAt: now })
      .returning({ id: recommendationEvents.id });
    await insertAttachmentRows(tx, { recommendationEventId: event!.id }, stored);
    await tx.update(recommendations).set({ status: to, version: sql`${recommendations.version} + 1` }).where(eq(recommendations.id, rec.id));
    await writeAudit(tx, actor, { action: "recommendation.report_progress", entityType: "recommendation", entityId: rec.id, before: { status: rec.status }, after: { status: to, eventId: event!.id } });
    return { status: to, eventId: event!.id };
  });
}

/** The investigator decides the status on the evidence; the decision and its reason join the public history. */
export async function decideRecommendation({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = decideRecommendationInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const rec = await lockPublished(tx, data.recommendationId);
    if (rec.version !== data.expectedVersion) throw new DomainError("CONFLICT", "recommendation changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    await tx
      .insert(recommendationEvents)
      .values({ recommendationId: rec.id, fromStatus: rec.status, toStatus: data.status, decisionNote: data.note, actorId: actor.userId, createdAt: ctx.now() });
    await tx.update(recommendations).set({ status: data.status, version: sql`${recommendations.version} + 1` }).where(eq(recommendations.id, rec.id));
    await writeAudit(tx, actor, { action: "recommendation.decide", entityType: "recommendation", entityId: rec.id, before: { status: rec.status }, after: { status: data.status } });
    return { status: data.status, version: rec.version + 1 };
  });
}
