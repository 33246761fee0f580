import { and, desc, eq, gt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { adminRequests, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** The requests still waiting for a second admin, newest first, with who asked and whom each is about. */
export async function listAdminRequests({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const requester = alias(users, "requester");
  const target = alias(users, "target");
  return ctx.db
    .select({
      id: adminRequests.id,
      kind: adminRequests.kind,
      requestedAt: adminRequests.requestedAt,
      expiresAt: adminRequests.expiresAt,
      requestedById: adminRequests.requestedById,
      requestedByName: requester.name,
      // A new admin's name and address, or the account a reset is for.
      name: adminRequests.name,
      email: adminRequests.email,
      targetName: target.name,
      targetEmail: target.email,
    })
    .from(adminRequests)
    .innerJoin(requester, eq(requester.id, adminRequests.requestedById))
    .leftJoin(target, eq(target.id, adminRequests.targetUserId))
    .where(and(eq(adminRequests.status, "pending"), gt(adminRequests.expiresAt, ctx.now())))
    .orderBy(desc(adminRequests.requestedAt));
}
