import { eq } from "drizzle-orm";
import { settings } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { currentTriage, listTriageModelRows, recheckTriageModel, THRESHOLDS_SETTING } from "./current-model";
import { triageThresholdsInput, type TriageThresholds } from "./schemas";
import type { TriageFigures } from "./train-model";
import { TRAINING_REQUEST_SETTING } from "./training-schedule";

/** The admin's view of triage: the models with their held-out figures, the thresholds in force, a pending request. */
export async function getTriageOverview({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const [models, loaded, request, override] = await Promise.all([
    listTriageModelRows(ctx.db),
    currentTriage(ctx.db),
    ctx.db.select({ at: settings.updatedAt }).from(settings).where(eq(settings.key, TRAINING_REQUEST_SETTING)),
    ctx.db.select({ value: settings.value }).from(settings).where(eq(settings.key, THRESHOLDS_SETTING)),
  ]);
  const current = models.find((m) => m.current);
  const pending = request[0] && (!current || request[0].at > current.createdAt) ? request[0].at : null;
  return {
    models: models.map(({ figures, ...m }) => {
      const f = (figures as Partial<TriageFigures>).heldOut;
      return {
        ...m,
        heldOut: f
          ? {
              topicTop1: f.topic.top1,
              topicTop3: f.topic.top3,
              categoryTop1: f.category.top1,
              serviceTop3: f.service.top3,
              placeFound: f.place.found,
              autoApplyPrecision: f.autoApply.precision,
              coverage: f.autoApply.coverageTopic,
            }
          : null,
      };
    }),
    thresholds: loaded?.thresholds ?? null,
    overridden: override[0]?.value ?? null,
    trainingRequestedAt: pending,
  };
}

/** An admin moves the auto-apply thresholds (e.g. stricter while a new model settles); audited with both sets. */
export async function updateTriageThresholds({ ctx, input }: { ctx: DomainCtx; input: TriageThresholds }) {
  const actor = requireRole(ctx, ["admin"]);
  const next = triageThresholdsInput.parse(input);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, THRESHOLDS_SETTING));
    await tx
      .insert(settings)
      .values({ key: THRESHOLDS_SETTING, value: next, updatedById: actor.userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedById: actor.userId, updatedAt: ctx.now() } });
    await writeAudit(tx, actor, {
      action: "settings.triage_thresholds",
      entityType: "setting",
      entityId: THRESHOLDS_SETTING,
      before: (before?.value as Record<string, unknown> | undefined) ?? null,
      after: next,
    });
  });
  recheckTriageModel(ctx.db);
  return next;
}
