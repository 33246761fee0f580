import { and, asc, eq, inArray } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** Active Ombudsman staff, for assignee pickers and filters. */
export async function listStaff({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, STAFF_ROLES);
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, STAFF_ROLES)))
    .orderBy(asc(users.name));
}
