import type { z } from "zod";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { auditLog, complaintContacts, complaints, users } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, forbidden, invalidTransition, notFound } from "@/server/domain/errors";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { planTransition } from "@/server/domain/procedure/machine";
import { recordStageChange } from "@/server/domain/procedure/record-stage";
import { queueAdminMail } from "@/server/domain/notification/enqueue";
import { transitionInput } from "./schemas";

const MISSING_FIELD_ERROR = {
  publicNote: ["errors.publicNoteRequired"],
  reason: ["errors.reasonRequired"],
  identity: ["errors.identityRequired"],
  incident: ["errors.incidentRequired"],
  deadlinePassed: ["errors.deadlineNotPassed"],
} as const;

/** Who changed a complaint last, for the "changed by X meanwhile" message. */
async function lastEditor(ctx: DomainCtx, complaintId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "complaint"), eq(auditLog.entityId, complaintId), isNotNull(auditLog.actorId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.name ?? null;
}

/** Moves a complaint one step through the procedure: role, stage and required fields checked; deadline derived; audited. */
export async function transitionComplaint({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof transitionInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = transitionInput.parse(input);
  const now = ctx.now();
  const config = await loadProcedureConfig(ctx.db);
  const result = await ctx.db.transaction(async (tx) => {
    const [complaint] = await tx.select().from(complaints).where(eq(complaints.id, data.complaintId)).for("update");
    if (!complaint) throw notFound("complaint");
    if (complaint.version !== data.expectedVersion) return { stale: true as const };
    const [contact] = await tx
      .select({ name: complaintContacts.name })
      .from(complaintContacts)
      .where(eq(complaintContacts.complaintId, complaint.id));
    const plan = planTransition(data.action, {
      stage: complaint.stage,
      kind: complaint.kind,
      role: actor.role,
      hasIdentity: Boolean(contact?.name),
      hasIncident: complaint.incidentId !== null,
      deadlinePassed: complaint.dueAt !== null && complaint.dueAt.getTime() < now.getTime(),
      reason: data.reason ?? null,
      publicNote: data.publicNote ?? null,
    });
    if ("refused" in plan) {
      if (plan.refused === "role") throw forbidden(`${actor.role} may not ${data.action}`);
      if (plan.refused === "stage") throw invalidTransition(`${data.action} is not possible from ${complaint.stage}`);
      throw new DomainError("VALIDATION", `${plan.field} required`, { [plan.field]: [...MISSING_FIELD_ERROR[plan.field]] });
    }
    const { dueAt } = await recordStageChange(
      tx,
      {
        complaintId: complaint.id,
        from: complaint.stage,
        to: plan.to,
        outcome: plan.outcome,
        reason: data.reason ?? null,
        publicNote: data.publicNote ?? null,
        actorId: actor.userId,
        at: now,
        extra: plan.rapidResponse
          ? { rapidResponse: true, priority: "urgent", rapidResponseReviewedAt: null, rapidResponseReviewedById: null }
          : undefined,
      },
      config,
    );
    // Rapid response sets the formal checks aside, so every admin hears of it at once and reviews it.
    if (plan.rapidResponse) {
      await queueAdminMail(tx, {
        template: "rapid_response_review",
        payload: { complaintId: complaint.id, trackingCode: complaint.trackingCode, note: data.reason ?? "", actorName: actor.name },
        dedupePrefix: `rapid_response:${complaint.id}:${now.toISOString()}`,
      });
    }
    await writeAudit(tx, actor, {
      action: `complaint.${data.action}`,
      entityType: "complaint",
      entityId: complaint.id,
      before: { stage: complaint.stage, outcome: complaint.outcome, dueAt: complaint.dueAt?.toISOString() ?? null, version: complaint.version },
      after: { stage: plan.to, outcome: plan.outcome, dueAt: dueAt?.toISOString() ?? null, reason: data.reason ?? null },
    });
    return { stale: false as const, stage: plan.to, outcome: plan.outcome, dueAt, version: complaint.version + 1 };
  });
  if (result.stale) {
    const who = await lastEditor(ctx, data.complaintId);
    throw new DomainError("CONFLICT", who ? `changed by ${who} meanwhile` : "changed meanwhile", { _form: ["errors.changedMeanwhile"] });
  }
  return { stage: result.stage, outcome: result.outcome, dueAt: result.dueAt, version: result.version };
}
