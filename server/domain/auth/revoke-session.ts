import { lt } from "drizzle-orm";
import { revokedSessions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/** Ends one session (its cookie may live on elsewhere); the row goes when the session would have expired. */
export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
}
