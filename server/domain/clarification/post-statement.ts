import type { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { incidents, incidentUpdates } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { queueIncidentUpdateMail } from "@/server/domain/notification/enqueue";
import { updateText } from "@/server/domain/incident/public-update-columns";
import { requireResponder } from "./agency-access";
import { agencyStatementInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/** An agency posts a public statement on an incident about its own service (e.g. "e-HAC servers restored at 14:20"). */
export async function postAgencyStatement({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof agencyStatementInput> }) {
  const actor = requireResponder(ctx);
  const data = agencyStatementInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [incident] = await tx
      .select()
      .from(incidents)
      .where(
        and(
          eq(incidents.id, data.incidentId),
          eq(incidents.agencyId, actor.agencyId),
          eq(incidents.isPublic, true),
          inArray(incidents.state, ["confirmed"]),
        ),
      )
      .for("update");
    if (!incident) throw notFound("incident");
    const update = oneRow(
      await tx
        .insert(incidentUpdates)
        .values({
          incidentId: incident.id,
          status: incident.publicStatus,
          ...updateText(data),
          authorId: actor.userId,
          agencyId: actor.agencyId,
          createdAt: ctx.now(),
        })
        .returning({ id: incidentUpdates.id }),
    );
    await queueIncidentUpdateMail(tx, incident, update.id, updateText(data));
    await writeAudit(tx, actor, {
      action: "incident.agency_statement",
      entityType: "incident",
      entityId: incident.id,
      after: { updateId: update.id },
    });
    return { updateId: update.id };
  });
}
