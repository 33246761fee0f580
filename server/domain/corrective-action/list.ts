import { and, desc, eq, type SQL } from "drizzle-orm";
import { agencies, correctiveActions, incidents } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import type { Queryable } from "../../db/types";
import { requireRole } from "../access";
import { attachmentsByOwner } from "../attachment/by-owner";
import { requireResponder } from "../clarification/agency-access";
import type { DomainCtx } from "../context";
import { correctiveActionSubjectInput } from "./schemas";

async function listActions(db: Queryable, where: SQL | undefined) {
  const rows = await db
    .select({
      id: correctiveActions.id,
      description: correctiveActions.description,
      takenAt: correctiveActions.takenAt,
      createdAt: correctiveActions.createdAt,
      agencyName: agencies.nameId,
      incidentCode: incidents.code,
    })
    .from(correctiveActions)
    .innerJoin(agencies, eq(agencies.id, correctiveActions.agencyId))
    .leftJoin(incidents, eq(incidents.id, correctiveActions.incidentId))
    .where(where)
    .orderBy(desc(correctiveActions.takenAt))
    .limit(200);
  const files = await attachmentsByOwner(db, "correctiveActionId", rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }));
}

/** What the agency itself has reported. */
export async function listAgencyCorrectiveActions({ ctx }: { ctx: DomainCtx }) {
  const actor = requireResponder(ctx);
  return listActions(ctx.db, eq(correctiveActions.agencyId, actor.agencyId));
}

/** Corrective actions reported on one incident or case, for the investigator's page. */
export async function listCorrectiveActionsFor({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  requireRole(ctx, STAFF_ROLES);
  const data = correctiveActionSubjectInput.parse(input);
  return listActions(ctx.db, and(data.incidentId ? eq(correctiveActions.incidentId, data.incidentId) : eq(correctiveActions.complaintId, data.complaintId!)));
}
