import type { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { complaints, incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, invalidTransition } from "@/server/domain/errors";
import { newIncidentCode } from "./code";
import { lockIncident } from "./lock";
import { splitIncidentInput } from "./schemas";
import { recomputeIncidentStats } from "./stats";
import { oneRow } from "@/server/db/one-row";

/** Some reports belong to another event: they move to a new candidate incident. */
export async function splitIncident({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof splitIncidentInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = splitIncidentInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const source = await lockIncident(tx, data.incidentId);
    if (source.state === "merged" || source.state === "dismissed") throw invalidTransition(`incident is ${source.state}`);
    const members = await tx
      .select({ id: complaints.id })
      .from(complaints)
      .where(and(eq(complaints.incidentId, source.id), inArray(complaints.id, data.complaintIds)));
    if (members.length !== new Set(data.complaintIds).size) {
      throw new DomainError("VALIDATION", "some complaints are not in this incident", { complaintIds: ["errors.notInIncident"] });
    }
    const created = oneRow(
      await tx
        .insert(incidents)
        .values({
          code: newIncidentCode(),
          titleId: data.titleId,
          agencyId: source.agencyId,
          serviceId: source.serviceId,
          state: "candidate",
          createdById: actor.userId,
        })
        .returning({ id: incidents.id, code: incidents.code }),
    );
    await tx.update(complaints).set({ incidentId: created.id, incidentScore: null }).where(inArray(complaints.id, data.complaintIds));
    await recomputeIncidentStats(tx, source.id);
    await recomputeIncidentStats(tx, created.id);
    const counts = await tx
      .select({ id: incidents.id, reportCount: incidents.reportCount })
      .from(incidents)
      .where(inArray(incidents.id, [source.id, created.id]));
    const count = (id: string) => counts.find((c) => c.id === id)?.reportCount ?? 0;
    await writeAudit(tx, actor, {
      action: "incident.split",
      entityType: "incident",
      entityId: source.id,
      before: { reportCount: source.reportCount },
      after: { reportCount: count(source.id), newIncidentId: created.id, moved: data.complaintIds.length },
    });
    await writeAudit(tx, actor, {
      action: "incident.split_from",
      entityType: "incident",
      entityId: created.id,
      after: { sourceId: source.id, reportCount: count(created.id) },
    });
    return { incidentId: created.id, code: created.code };
  });
}
