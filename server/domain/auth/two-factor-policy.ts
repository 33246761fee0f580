import { eq } from "drizzle-orm";
import { settings } from "@/server/db/schema";
import { ROLES, type Role } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";

export const TWO_FACTOR_ROLES_SETTING = "auth.two_factor_roles";
/** Roles that must sign in with a second factor unless the setting says otherwise. */
export const DEFAULT_TWO_FACTOR_ROLES: Role[] = ["admin"];

/** The roles the `auth.two_factor_roles` setting requires a second factor of (admins by default). */
export async function twoFactorRoles(db: Queryable): Promise<Role[]> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, TWO_FACTOR_ROLES_SETTING));
  if (!Array.isArray(row?.value)) return DEFAULT_TWO_FACTOR_ROLES;
  return (row.value as unknown[]).filter((r): r is Role => (ROLES as readonly unknown[]).includes(r));
}

export async function twoFactorRequiredFor(db: Queryable, role: Role): Promise<boolean> {
  return (await twoFactorRoles(db)).includes(role);
}
