import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { complaints, incidents, monitorOutages } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { invalidTransition } from "@/server/domain/errors";
import { lockIncident } from "./lock";
import { mergeIncidentsInput } from "./schemas";
import { recomputeIncidentStats } from "./stats";
import { oneRow } from "@/server/db/one-row";

/** Two incidents turn out to be one event: the source's reports move to the target; the source is kept, marked merged. */
export async function mergeIncidents({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof mergeIncidentsInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { sourceId, targetId } = mergeIncidentsInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    // Lock in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const a = await lockIncident(tx, first);
    const b = await lockIncident(tx, second);
    const source = a.id === sourceId ? a : b;
    const target = a.id === targetId ? a : b;
    for (const i of [source, target]) {
      if (i.state === "merged" || i.state === "dismissed") throw invalidTransition(`incident ${i.code} is ${i.state}`);
    }
    const moved = await tx
      .update(complaints)
      .set({ incidentId: target.id })
      .where(eq(complaints.incidentId, source.id))
      .returning({ id: complaints.id });
    await tx.update(complaints).set({ suggestedIncidentId: target.id }).where(eq(complaints.suggestedIncidentId, source.id));
    await tx.update(monitorOutages).set({ incidentId: target.id }).where(eq(monitorOutages.incidentId, source.id));
    await tx
      .update(incidents)
      .set({ state: "merged", mergedIntoId: target.id, isPublic: false, reportCount: 0, version: sql`${incidents.version} + 1` })
      .where(eq(incidents.id, source.id));
    await tx
      .update(incidents)
      .set({ version: sql`${incidents.version} + 1` })
      .where(eq(incidents.id, target.id));
    await recomputeIncidentStats(tx, target.id);
    const after = oneRow(await tx.select({ reportCount: incidents.reportCount }).from(incidents).where(eq(incidents.id, target.id)));
    await writeAudit(tx, actor, {
      action: "incident.merge",
      entityType: "incident",
      entityId: target.id,
      before: { sourceId: source.id, sourceReports: source.reportCount, targetReports: target.reportCount },
      after: { moved: moved.length, reportCount: after.reportCount },
    });
    await writeAudit(tx, actor, { action: "incident.merged_into", entityType: "incident", entityId: source.id, after: { targetId: target.id } });
    return { moved: moved.length, reportCount: after.reportCount };
  });
}
