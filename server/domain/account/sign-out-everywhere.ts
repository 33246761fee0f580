import { eq, sql } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requireSignedIn } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";

/** Ends every session of the account, on every device, this one included. */
export async function signOutEverywhere({ ctx }: { ctx: DomainCtx }) {
  const actor = requireSignedIn(ctx);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.userId));
    await writeAudit(tx, actor, { action: "user.sign_out_everywhere", entityType: "user", entityId: actor.userId });
  });
  return { signedOut: true as const };
}
