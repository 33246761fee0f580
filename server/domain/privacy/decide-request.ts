import type { z } from "zod";
import { and, eq, ne, sql } from "drizzle-orm";
import { complaintContacts, complaints, outbox, privacyChallenges, privacyRequests } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { conflict, DomainError, invalidTransition, notFound } from "@/server/domain/errors";
import { queueReporterNotice } from "@/server/domain/notification/enqueue";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { planTransition } from "@/server/domain/procedure/machine";
import { recordStageChange } from "@/server/domain/procedure/record-stage";
import { anonymiseReporters, removeFiles, reporterFilesOf } from "./erase";
import { decideRequestInput } from "./schemas";

type Complaint = typeof complaints.$inferSelect;

/** A granted correction writes the new values the reporter gave onto the contact on file. */
async function applyCorrection(tx: Tx, complaint: Complaint, details: Record<string, string>, now: Date) {
  const values = { name: details.name, email: details.email, phone: details.phone };
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  await tx
    .insert(complaintContacts)
    .values({ complaintId: complaint.id, ...set })
    .onConflictDoUpdate({ target: complaintContacts.complaintId, set: { ...set, anonymizedAt: null, updatedAt: now } });
}

/** A granted withdrawal closes the complaint as withdrawn through the procedure, where the procedure allows it. */
async function applyWithdrawal(ctx: DomainCtx, tx: Tx, complaint: Complaint, reason: string, now: Date) {
  const actor = requireRole(ctx, ["admin"]);
  const plan = planTransition("withdraw", {
    stage: complaint.stage,
    kind: complaint.kind,
    role: actor.role,
    hasIdentity: true,
    hasIncident: complaint.incidentId !== null,
    deadlinePassed: false,
    reason,
    publicNote: null,
  });
  if ("refused" in plan)
    throw new DomainError("INVALID_TRANSITION", `withdraw is not possible from ${complaint.stage}`, { decision: ["errors.withdrawalStage"] });
  await recordStageChange(
    tx,
    {
      complaintId: complaint.id,
      from: complaint.stage,
      to: plan.to,
      outcome: plan.outcome,
      reason,
      publicNote: null,
      actorId: actor.userId,
      at: now,
    },
    await loadProcedureConfig(tx),
  );
}

/**
 * A granted erasure takes the reporter out of the complaint (contact, personal text, files, threads, sent
 * notices, open sessions); the complaint, its stages and every figure built on it stay.
 */
async function applyErasure(ctx: DomainCtx, tx: Tx, complaint: Complaint, now: Date) {
  await anonymiseReporters(tx, [complaint.id], now);
  await removeFiles(ctx, tx, await reporterFilesOf(tx, sql`c.id = ${complaint.id}`, 1000), "erasure", now);
  await tx.update(privacyRequests).set({ details: null }).where(eq(privacyRequests.complaintId, complaint.id));
  // Sent notices carry the address they went to; the decision's own notice is still pending and goes out.
  await tx.delete(outbox).where(and(sql`${outbox.payload}->>'complaintId' = ${complaint.id}`, ne(outbox.status, "pending")));
  await tx
    .update(privacyChallenges)
    .set({ sessionExpiresAt: now })
    .where(and(sql`${complaint.id} = any(${privacyChallenges.complaintIds})`, sql`${privacyChallenges.sessionHash} is not null`));
}

/**
 * An admin grants or refuses a reporter's request, with a reason the reporter reads. Erasure may be refused
 * while the examination is open (UU PDP art. 15(1)); a withdrawal only where the procedure allows one.
 * The reporter is told through the channel they used, before an erasure takes that channel away.
 */
export async function decidePrivacyRequest({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof decideRequestInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { requestId, decision, reason } = decideRequestInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [request] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, requestId)).for("update");
    if (!request) throw notFound("request");
    if (request.status !== "open") throw conflict("already decided");
    if (request.kind === "access") throw invalidTransition("access is given at once");
    const [complaint] = await tx.select().from(complaints).where(eq(complaints.id, request.complaintId)).for("update");
    if (!complaint) throw notFound("complaint");
    await queueReporterNotice(tx, complaint.id, {
      template: "privacy_decision",
      payload: { trackingCode: complaint.trackingCode, kind: request.kind, decision, decisionReason: reason },
      dedupeKey: `privacy.decision:${request.id}`,
    });
    if (decision === "granted") {
      if (request.kind === "correction") await applyCorrection(tx, complaint, request.details ?? {}, now);
      if (request.kind === "withdrawal") await applyWithdrawal(ctx, tx, complaint, reason, now);
      if (request.kind === "erasure") await applyErasure(ctx, tx, complaint, now);
    }
    await tx
      .update(privacyRequests)
      .set({ status: decision, decidedAt: now, decidedById: actor.userId, decisionReason: reason, details: null })
      .where(eq(privacyRequests.id, request.id));
    await writeAudit(tx, actor, {
      action: "privacy.decide",
      entityType: "privacy_request",
      entityId: request.id,
      before: { status: "open" },
      after: { kind: request.kind, status: decision, complaintId: complaint.id, late: request.dueAt < now },
    });
    return { status: decision };
  });
}
