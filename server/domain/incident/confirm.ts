import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { invalidTransition } from "@/server/domain/errors";
import { lockIncident } from "./lock";
import { confirmIncidentInput } from "./schemas";

/** An investigator confirms a candidate incident: it gets a public title and severity, and becomes public. */
export async function confirmIncident({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof confirmIncidentInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = confirmIncidentInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, data.incidentId, data.expectedVersion);
    if (incident.state !== "candidate") throw invalidTransition(`incident is ${incident.state}`);
    const after = {
      state: "confirmed" as const,
      isPublic: true,
      titleId: data.titleId,
      titleEn: data.titleEn ?? incident.titleEn,
      severity: data.severity,
    };
    await tx
      .update(incidents)
      .set({ ...after, confirmedAt: ctx.now(), version: sql`${incidents.version} + 1` })
      .where(eq(incidents.id, incident.id));
    await writeAudit(tx, actor, {
      action: "incident.confirm",
      entityType: "incident",
      entityId: incident.id,
      before: { state: incident.state, isPublic: incident.isPublic, titleId: incident.titleId, severity: incident.severity },
      after,
    });
    return { version: incident.version + 1 };
  });
}
