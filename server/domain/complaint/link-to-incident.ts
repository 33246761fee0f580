import type { z } from "zod";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { complaints } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { addComplaintToIncident } from "@/server/domain/incident/link-complaint";
import { lockIncident } from "@/server/domain/incident/lock";
import { recomputeIncidentStats } from "@/server/domain/incident/stats";
import { linkInput } from "./schemas";
import { lockComplaints } from "./lock";

/** Links complaints to an incident by hand (e.g. accepting a suggestion), moving them out of any other one. */
export async function linkComplaintsToIncident({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof linkInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, incidentId } = linkInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    await lockIncident(tx, incidentId);
    const rows = await lockComplaints(tx, complaintIds);
    const previous = new Set(rows.map((r) => r.incidentId).filter((id): id is string => id !== null && id !== incidentId));
    await tx
      .update(complaints)
      .set({ incidentId: null })
      .where(and(inArray(complaints.id, complaintIds), sql`${complaints.incidentId} is distinct from ${incidentId}::uuid`));
    const toLink = await tx
      .select()
      .from(complaints)
      .where(and(inArray(complaints.id, complaintIds), isNull(complaints.incidentId)));
    for (const c of toLink) await addComplaintToIncident(tx, c, incidentId, null);
    await tx
      .update(complaints)
      .set({ suggestedIncidentId: null, suggestedScore: null, version: sql`${complaints.version} + 1` })
      .where(inArray(complaints.id, complaintIds));
    for (const id of previous) await recomputeIncidentStats(tx, id);
    await recomputeIncidentStats(tx, incidentId);
    for (const row of rows) {
      await writeAudit(tx, actor, {
        action: "complaint.link_incident",
        entityType: "complaint",
        entityId: row.id,
        before: { incidentId: row.incidentId },
        after: { incidentId },
      });
    }
    return { updated: rows.length };
  });
}
