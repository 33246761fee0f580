import { eq } from "drizzle-orm";
import { agencies, users } from "@/server/db/schema";
import type { Role } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { notFound, unauthorized } from "@/server/domain/errors";

export type Me = {
  id: string;
  name: string;
  email: string;
  role: Role;
  agency: { id: string; nameId: string; nameEn: string } | null;
  /** Set while the account must be put in order (see Actor.restriction): pages send the person to /akun. */
  restriction: "password_change" | "two_factor_enrolment" | null;
};

/** The signed-in account, for the header and role-aware navigation. */
export async function getMe({ ctx }: { ctx: DomainCtx }): Promise<Me> {
  if (!ctx.actor) throw unauthorized();
  const [row] = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      agencyId: agencies.id,
      agencyNameId: agencies.nameId,
      agencyNameEn: agencies.nameEn,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, ctx.actor.userId));
  if (!row) throw notFound("user");
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    agency: row.agencyId && row.agencyNameId ? { id: row.agencyId, nameId: row.agencyNameId, nameEn: row.agencyNameEn ?? row.agencyNameId } : null,
    restriction: ctx.actor.restriction ?? null,
  };
}
