import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { incidentUpdates, incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { invalidTransition } from "@/server/domain/errors";
import { queueIncidentUpdateMail } from "@/server/domain/notification/enqueue";
import { updateText } from "./public-update-columns";
import { lockIncident } from "./lock";
import { postIncidentUpdateInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * A public, status-page style update (investigating → identified → monitoring → resolved). It shows on the
 * public incident page and on the tracking page of every linked complaint.
 */
export async function postIncidentUpdate({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof postIncidentUpdateInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = postIncidentUpdateInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, data.incidentId);
    if (incident.state === "merged" || incident.state === "dismissed") throw invalidTransition(`incident is ${incident.state}`);
    const update = oneRow(
      await tx
        .insert(incidentUpdates)
        .values({
          incidentId: incident.id,
          status: data.status,
          ...updateText(data),
          authorId: actor.userId,
          createdAt: now,
        })
        .returning({ id: incidentUpdates.id }),
    );
    await tx
      .update(incidents)
      .set({
        publicStatus: data.status,
        // Posting publicly confirms the incident: the Ombudsman says it knows.
        state: "confirmed",
        isPublic: true,
        resolvedAt: data.status === "resolved" ? now : null,
        version: sql`${incidents.version} + 1`,
      })
      .where(eq(incidents.id, incident.id));
    await queueIncidentUpdateMail(tx, incident, update.id, updateText(data));
    await writeAudit(tx, actor, {
      action: "incident.post_update",
      entityType: "incident",
      entityId: incident.id,
      before: { publicStatus: incident.publicStatus, state: incident.state },
      after: { publicStatus: data.status, state: "confirmed", updateId: update.id },
    });
    return { updateId: update.id };
  });
}
