import { asc, eq, sql } from "drizzle-orm";
import { complaintStageEvents, complaints } from "@/server/db/schema";
import type { CloseOutcome, ComplaintStage } from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import type { ProcedureConfig } from "./config";
import { publicStatusOf } from "@/server/domain/complaint/public-status";
import { queueReporterNotice } from "@/server/domain/notification/enqueue";
import { computeDueAt } from "./deadline";
import { oneRow } from "@/server/db/one-row";

export type StageChange = {
  complaintId: string;
  from: ComplaintStage | null;
  to: ComplaintStage;
  outcome: CloseOutcome | null;
  reason: string | null;
  publicNote: string | null;
  actorId: string | null;
  at: Date;
  extra?: Partial<typeof complaints.$inferInsert>;
};

/**
 * The one place a complaint changes stage: appends to the stage history, then derives the deadline from
 * that history and writes stage, outcome and deadline together, bumping the version.
 */
export async function recordStageChange(tx: Tx, change: StageChange, config: ProcedureConfig): Promise<{ dueAt: Date | null }> {
  const event = oneRow(
    await tx
      .insert(complaintStageEvents)
      .values({
        complaintId: change.complaintId,
        fromStage: change.from,
        toStage: change.to,
        outcome: change.outcome,
        reason: change.reason,
        publicNote: change.publicNote,
        actorId: change.actorId,
        createdAt: change.at,
      })
      .returning({ id: complaintStageEvents.id }),
  );
  const history = await tx
    .select({ toStage: complaintStageEvents.toStage, at: complaintStageEvents.createdAt })
    .from(complaintStageEvents)
    .where(eq(complaintStageEvents.complaintId, change.complaintId))
    .orderBy(asc(complaintStageEvents.createdAt));
  const dueAt = computeDueAt(history, config);
  const updated = oneRow(
    await tx
      .update(complaints)
      .set({
        ...change.extra,
        stage: change.to,
        outcome: change.to === "closed" ? change.outcome : null,
        closedAt: change.to === "closed" ? change.at : null,
        stageChangedAt: change.at,
        dueAt,
        updatedAt: change.at,
        version: sql`${complaints.version} + 1`,
      })
      .where(eq(complaints.id, change.complaintId))
      .returning({ trackingCode: complaints.trackingCode }),
  );
  await mailReporterIfVisible(tx, change, event.id, updated.trackingCode);
  return { dueAt };
}

/** The reporter hears of a change they would see on the tracking page, not of internal steps. */
async function mailReporterIfVisible(tx: Tx, change: StageChange, eventId: string, trackingCode: string) {
  const status = publicStatusOf(change.to, change.outcome);
  if (change.from && publicStatusOf(change.from, null) === status && !change.publicNote) return;
  await queueReporterNotice(tx, change.complaintId, {
    template: "complaint_stage",
    // Closing asks the reporter to rate the handling (the tracking page, or a reply on WhatsApp).
    payload: { trackingCode, status, note: change.publicNote ?? "", ratingAsk: change.to === "closed" },
    dedupeKey: `complaint.stage:${eventId}`,
  });
}
