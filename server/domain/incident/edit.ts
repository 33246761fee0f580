import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { lockIncident } from "./lock";
import { editIncidentInput } from "./schemas";

/** Edits an incident's title, summary, severity or assignee, refusing a save against a stale version. */
export async function editIncident({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof editIncidentInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { incidentId, expectedVersion, ...changes } = editIncidentInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, incidentId, expectedVersion);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, incident[k as keyof typeof incident] ?? null]));
    await tx
      .update(incidents)
      .set({ ...set, version: sql`${incidents.version} + 1` })
      .where(eq(incidents.id, incidentId));
    await writeAudit(tx, actor, { action: "incident.update", entityType: "incident", entityId: incidentId, before, after: set });
    return { version: incident.version + 1 };
  });
}
