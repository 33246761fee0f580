import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { complaints, users } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import type { Tx } from "../../db/types";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { Actor, DomainCtx } from "../context";
import { DomainError } from "../errors";
import { addComplaintToIncident } from "../incident/link-complaint";
import { lockIncident } from "../incident/lock";
import { recomputeIncidentStats } from "../incident/stats";
import { assignInput, linkInput, priorityInput } from "./schemas";

async function lockComplaints(tx: Tx, ids: string[]) {
  const rows = await tx.select().from(complaints).where(inArray(complaints.id, ids)).orderBy(complaints.id).for("update");
  if (rows.length !== new Set(ids).size) throw new DomainError("NOT_FOUND", "complaint not found");
  return rows;
}

/** Applies one field change to many complaints, one audit row each. */
async function bulkSet(ctx: DomainCtx, actor: Actor, ids: string[], verb: string, set: Partial<typeof complaints.$inferInsert>, extra?: (tx: Tx) => Promise<void>) {
  return ctx.db.transaction(async (tx) => {
    if (extra) await extra(tx);
    const rows = await lockComplaints(tx, ids);
    await tx
      .update(complaints)
      .set({ ...set, version: sql`${complaints.version} + 1`, updatedAt: ctx.now() })
      .where(inArray(complaints.id, ids));
    for (const row of rows) {
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, row[k as keyof typeof row] ?? null]));
      await writeAudit(tx, actor, { action: `complaint.${verb}`, entityType: "complaint", entityId: row.id, before, after: set });
    }
    return { updated: rows.length };
  });
}

export async function assignComplaints({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, assigneeId } = assignInput.parse(input);
  if (assigneeId) {
    const [assignee] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, assigneeId), eq(users.active, true), inArray(users.role, STAFF_ROLES)));
    if (!assignee) throw new DomainError("VALIDATION", "assignee must be active Ombudsman staff", { assigneeId: ["errors.assignee"] });
  }
  return bulkSet(ctx, actor, complaintIds, "assign", { assigneeId });
}

export async function setComplaintPriority({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, priority } = priorityInput.parse(input);
  return bulkSet(ctx, actor, complaintIds, "set_priority", { priority });
}

/** Links complaints to an incident by hand (e.g. accepting a suggestion), moving them out of any other one. */
export async function linkComplaintsToIncident({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, incidentId } = linkInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    await lockIncident(tx, incidentId);
    const rows = await lockComplaints(tx, complaintIds);
    const previous = new Set(rows.map((r) => r.incidentId).filter((id): id is string => id !== null && id !== incidentId));
    await tx.update(complaints).set({ incidentId: null }).where(and(inArray(complaints.id, complaintIds), sql`${complaints.incidentId} is distinct from ${incidentId}::uuid`));
    const toLink = await tx.select().from(complaints).where(and(inArray(complaints.id, complaintIds), isNull(complaints.incidentId)));
    for (const c of toLink) await addComplaintToIncident(tx, c, incidentId, null);
    await tx.update(complaints).set({ suggestedIncidentId: null, suggestedScore: null, version: sql`${complaints.version} + 1` }).where(inArray(complaints.id, complaintIds));
    for (const id of previous) await recomputeIncidentStats(tx, id);
    await recomputeIncidentStats(tx, incidentId);
    for (const row of rows) {
      await writeAudit(tx, actor, { action: "complaint.link_incident", entityType: "complaint", entityId: row.id, before: { incidentId: row.incidentId }, after: { incidentId } });
    }
    return { updated: rows.length };
  });
}
