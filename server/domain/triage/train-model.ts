import { eq, sql } from "drizzle-orm";
import { triageModels } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { recheckTriageModel } from "./current-model";
import { evaluateHeldOut, type HeldOutFigures } from "./evaluate";
import { loadModel } from "./model";
import { trainModel } from "./train";
import { loadTrainingData } from "./training-data";
import { oneRow } from "@/server/db/one-row";

/** Below this many labelled training texts a model would only guess. */
export const MIN_TRAINING_EXAMPLES = 50;

export type TriageFigures = {
  heldOut: HeldOutFigures;
  calibration: { temperatures: Record<string, number>; heldBack: number; thresholds: Record<string, number> };
  examples: { training: number; heldOut: number; fromStaff: number };
  trainingMs: number;
  modelBytes: number;
};

/**
 * Trains a new model from the database (the shipped corpus and every classification staff confirmed or
 * corrected), measures it on the held-out texts, and makes it current; every instance picks it up within
 * seconds. Run by the training job (nightly, at first start, and when an admin asks for it).
 */
export async function trainTriageModel({ ctx }: { ctx: DomainCtx }): Promise<{ version: number; figures: TriageFigures }> {
  const actor = ctx.actor ? requireRole(ctx, ["admin"]) : null;
  // Read and trained outside any transaction: the embedded database serves one statement at a time, and a
  // transaction held for the whole run would stall every request meanwhile.
  const data = await loadTrainingData(ctx.db);
  const training = data.examples.filter((e) => e.split === "training");
  const heldOut = data.examples.filter((e) => e.split === "heldout");
  if (training.length < MIN_TRAINING_EXAMPLES || new Set(training.map((e) => e.topic)).size < 2)
    throw new DomainError("VALIDATION", "not enough labelled examples to train", { _form: ["errors.triageTooFewExamples"] });
  const started = performance.now();
  const outcome = await trainModel(data.examples, data.catalogue, data.places);
  const trainingMs = Math.round(performance.now() - started);
  const model = loadModel(outcome.model, data.places);
  const figures: TriageFigures = {
    heldOut: await evaluateHeldOut(model, heldOut, data.catalogue.serviceAgency),
    calibration: outcome.calibration,
    examples: { training: training.length, heldOut: heldOut.length, fromStaff: data.fromStaff },
    trainingMs,
    modelBytes: Buffer.byteLength(JSON.stringify(outcome.model)),
  };
  return ctx.db
    .transaction(async (tx) => {
      // Two runs finishing together take turns: the later one is current.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sigap.triage-train'))`);
      await tx.update(triageModels).set({ current: false }).where(eq(triageModels.current, true));
      const row = oneRow(
        await tx
          .insert(triageModels)
          .values({ model: outcome.model, figures, trainedExamples: training.length, current: true, trainedById: actor?.userId ?? null })
          .returning({ version: triageModels.version }),
      );
      await writeAudit(tx, actor, {
        action: "triage.train",
        entityType: "triage_model",
        entityId: String(row.version),
        after: {
          examples: figures.examples,
          topicTop1: figures.heldOut.topic.top1,
          autoApplyPrecision: figures.heldOut.autoApply.precision,
          trainingMs,
        },
      });
      return { version: row.version, figures };
    })
    .then((result) => {
      recheckTriageModel(ctx.db);
      return result;
    });
}
