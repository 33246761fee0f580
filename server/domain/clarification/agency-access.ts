import { and, eq } from "drizzle-orm";
import { clarificationRequests } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { requireRole } from "@/server/domain/access";
import type { Actor, DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";

/** The signed-in agency responder; every query they make is filtered by their agency. */
export function requireResponder(ctx: DomainCtx): Actor & { agencyId: string } {
  const actor = requireRole(ctx, ["agency_responder"]);
  if (!actor.agencyId) throw notFound("agency");
  return actor as Actor & { agencyId: string };
}

/** A request of the responder's own agency; another agency's answers NOT_FOUND, as if it did not exist. */
export async function ownRequest(db: Queryable, agencyId: string, requestId: string, lock = false) {
  const query = db
    .select()
    .from(clarificationRequests)
    .where(and(eq(clarificationRequests.id, requestId), eq(clarificationRequests.agencyId, agencyId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("clarification request");
  return row;
}
