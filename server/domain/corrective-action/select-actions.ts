import { desc, eq, type SQL } from "drizzle-orm";
import { agencies, correctiveActions, incidents } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { attachmentsByOwner } from "@/server/domain/attachment/by-owner";

export async function listActions(db: Queryable, where: SQL | undefined) {
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
  const files = await attachmentsByOwner(
    db,
    "correctiveActionId",
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }));
}
