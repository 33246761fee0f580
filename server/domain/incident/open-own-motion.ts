import type { z } from "zod";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { complaintStageEvents, complaints, incidents } from "@/server/db/schema";
import type { ComplaintCategory } from "@/server/db/schema/constants";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { selectRows } from "@/server/db/rows";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { newTrackingCode } from "@/server/domain/complaint/tracking-code";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { computeDueAt } from "@/server/domain/procedure/deadline";
import { lockIncident } from "./lock";
import { incidentRefInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * Investigasi atas prakarsa sendiri: the Ombudsman opens a case itself, with no named complainant, whose
 * evidence is the incident's reports. It starts at formal verification, which it passes without an identity.
 */
export async function openOwnMotionCase({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof incidentRefInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { incidentId } = incidentRefInput.parse(input);
  const now = ctx.now();
  const config = await loadProcedureConfig(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, incidentId);
    const [existing] = await tx
      .select({ id: complaints.id })
      .from(complaints)
      .where(sql`${complaints.incidentId} = ${incident.id} and ${complaints.kind} = 'own_motion' and ${complaints.stage} <> 'closed'`);
    if (existing) throw new DomainError("CONFLICT", "an own-motion case is already open for this incident", { _form: ["errors.ownMotionExists"] });
    const [top] = await selectRows<{ category: ComplaintCategory }>(
      tx,
      sql`select category from complaints where incident_id = ${incident.id}::uuid group by 1 order by count(*) desc limit 1`,
    );
    const description = `Investigasi atas prakarsa sendiri atas insiden ${incident.code}: ${incident.titleId}. Bukti: ${incident.reportCount} laporan masyarakat yang tertaut pada insiden ini.`;
    const created = oneRow(
      await tx
        .insert(complaints)
        .values({
          trackingCode: newTrackingCode(),
          idempotencyKey: `own-motion-${randomUUID()}`,
          kind: "own_motion",
          channel: "staff",
          category: top?.category ?? "other",
          agencyId: incident.agencyId,
          serviceId: incident.serviceId,
          occurredAt: incident.startedAt ?? incident.firstReportAt ?? now,
          description: description.slice(0, 4000),
          language: "id",
          stage: "formal_verification",
          priority: incident.severity === "critical" ? "urgent" : "high",
          incidentId: incident.id,
          assigneeId: actor.userId,
          confidential: false,
          stageChangedAt: now,
          dueAt: computeDueAt([{ toStage: "formal_verification", at: now }], config),
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: complaints.id, trackingCode: complaints.trackingCode }),
    );
    await tx.insert(complaintStageEvents).values([
      { complaintId: created.id, toStage: "received", actorId: actor.userId, createdAt: now, reason: "own-motion case" },
      { complaintId: created.id, fromStage: "received", toStage: "formal_verification", actorId: actor.userId, createdAt: now },
    ]);
    await tx
      .update(incidents)
      .set({ reportCount: sql`${incidents.reportCount} + 1` })
      .where(eq(incidents.id, incident.id));
    await writeAudit(tx, actor, {
      action: "complaint.open_own_motion",
      entityType: "complaint",
      entityId: created.id,
      after: { incidentId: incident.id, kind: "own_motion" },
    });
    return { complaintId: created.id, trackingCode: created.trackingCode };
  });
}
