import { asc, eq, sql } from "drizzle-orm";
import { agencies, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

export async function listAccounts({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  return ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      agencyName: agencies.nameId,
      lastSignInAt: users.lastSignInAt,
      twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.role), asc(users.name));
}
