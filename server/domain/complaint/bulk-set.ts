import { inArray, sql } from "drizzle-orm";
import { complaints } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { writeAudit } from "@/server/domain/audit";
import type { Actor, DomainCtx } from "@/server/domain/context";
import { lockComplaints } from "./lock";

/** Applies one field change to many complaints, one audit row each. */
export async function bulkSet(
  ctx: DomainCtx,
  actor: Actor,
  ids: string[],
  verb: string,
  set: Partial<typeof complaints.$inferInsert>,
  extra?: (tx: Tx) => Promise<void>,
) {
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
