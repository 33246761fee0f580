import { and, eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "../../db/types";
import type { Actor } from "../context";

/** The session only names a user id; role, agency and whether the account is still active come from the database. */
export async function loadActor(db: Db, userId: string | undefined | null): Promise<Actor | null> {
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const [user] = await db
    .select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  return user ? { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name } : null;
}
