import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Role } from "@/server/db/schema/constants";
import type { Db } from "@/server/db/types";
import type { Actor } from "@/server/domain/context";
import { DEFAULT_TWO_FACTOR_ROLES, TWO_FACTOR_ROLES_SETTING } from "./two-factor-policy";

/** What a session cookie names: the user, the session version it was issued under, its own id and when it signed in (epoch seconds). */
export type SessionClaims = { userId?: string | null; sessionVersion?: unknown; sessionId?: unknown; signedInAt?: unknown };

/** However active, a session ends this long after its sign-in (SESSION_MAX_HOURS). */
export const DEFAULT_SESSION_MAX_HOURS = 12;

/**
 * The session only names a user; role, agency and whether the account is still active come from the
 * database, in one statement. The session is void once its user's session version has moved (password,
 * role or agency changed, signed out everywhere), once it was signed out itself, or once it is older than its
 * absolute lifetime.
 */
export async function loadActor(
  db: Db,
  claims: SessionClaims | null | undefined,
  { maxHours = DEFAULT_SESSION_MAX_HOURS, now = new Date() }: { maxHours?: number; now?: Date } = {},
): Promise<Actor | null> {
  const { userId, sessionVersion, sessionId, signedInAt } = claims ?? {};
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  if (typeof sessionVersion !== "number" || typeof sessionId !== "string") return null;
  // The absolute lifetime: a session renewed by activity still ends this long after sign-in (and one from
  // before sign-in times were kept has none, so it ends too).
  if (typeof signedInAt !== "number" || now.getTime() - signedInAt * 1000 > maxHours * 3600_000) return null;
  const [user] = await selectRows<{
    id: string;
    role: Role;
    agency_id: string | null;
    name: string;
    must_change_password: boolean;
    needs_two_factor: boolean;
  }>(
    db,
    sql`select u.id, u.role, u.agency_id, u.name, u.must_change_password,
          (u.totp_enabled_at is null and u.role = any(coalesce(
             (select array(select jsonb_array_elements_text(s.value)) from settings s where s.key = ${TWO_FACTOR_ROLES_SETTING}),
             ${`{${DEFAULT_TWO_FACTOR_ROLES.join(",")}}`}::text[]))) as needs_two_factor
        from users u
        where u.id = ${userId}::uuid and u.active and u.session_version = ${sessionVersion}
          and not exists (select 1 from revoked_sessions r where r.session_id = ${sessionId})
        limit 1`,
  );
  if (!user) return null;
  const restriction = user.must_change_password ? "password_change" : user.needs_two_factor ? "two_factor_enrolment" : undefined;
  return { userId: user.id, role: user.role, agencyId: user.agency_id, name: user.name, ...(restriction ? { restriction } : {}) };
}
