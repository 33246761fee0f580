import { and, count, eq, gt, isNotNull } from "drizzle-orm";
import { settings, triageExamples, triageModels } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { trainTriageModel } from "./train-model";

export const TRAINING_REQUEST_SETTING = "triage.training_requested";

/** Nightly training happens in this hour of Jakarta's clock, when the fewest people report. */
const NIGHTLY_HOUR_WIB = 3;
const NIGHTLY_MIN_AGE_MS = 20 * 3600_000;

export type TrainingDue = "first" | "requested" | "nightly" | null;

/** Whether a model should be trained now: none yet, an admin asked since the last one, or it is night and staff have labelled more. */
export async function trainingDue(ctx: DomainCtx): Promise<TrainingDue> {
  const now = ctx.now();
  const [latest] = await ctx.db.select({ createdAt: triageModels.createdAt }).from(triageModels).where(eq(triageModels.current, true));
  if (!latest) {
    const [examples] = await ctx.db.select({ n: count() }).from(triageExamples);
    return (examples?.n ?? 0) > 0 ? "first" : null;
  }
  const [request] = await ctx.db.select({ at: settings.updatedAt }).from(settings).where(eq(settings.key, TRAINING_REQUEST_SETTING));
  if (request && request.at > latest.createdAt) return "requested";
  const hourWib = (now.getUTCHours() + 7) % 24;
  if (hourWib !== NIGHTLY_HOUR_WIB || now.getTime() - latest.createdAt.getTime() < NIGHTLY_MIN_AGE_MS) return null;
  const [fresh] = await ctx.db
    .select({ n: count() })
    .from(triageExamples)
    .where(and(isNotNull(triageExamples.complaintId), gt(triageExamples.updatedAt, latest.createdAt)));
  return (fresh?.n ?? 0) > 0 ? "nightly" : null;
}

/** The training job's beat: trains when due (see trainingDue), else does nothing. */
export async function trainTriageIfDue({ ctx }: { ctx: DomainCtx }) {
  const due = await trainingDue(ctx);
  if (!due) return { trained: null, due };
  try {
    const result = await trainTriageModel({ ctx });
    return { trained: result.version, due };
  } catch (error) {
    // Too few labelled texts is a state, not a failure to retry: the next beat looks again.
    if (error instanceof DomainError && error.kind === "VALIDATION") return { trained: null, due, skipped: error.message };
    throw error;
  }
}

/** An admin asks for a model now (after correcting many reports, or a catalogue change): the job trains within a minute. */
export async function requestTriageTraining({ ctx }: { ctx: DomainCtx }) {
  const actor = requireRole(ctx, ["admin"]);
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: TRAINING_REQUEST_SETTING, value: { at: at.toISOString() }, updatedById: actor.userId, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value: { at: at.toISOString() }, updatedById: actor.userId, updatedAt: at } });
    await writeAudit(tx, actor, { action: "triage.request_training", entityType: "setting", entityId: TRAINING_REQUEST_SETTING, after: { at } });
  });
  return { requestedAt: at };
}
