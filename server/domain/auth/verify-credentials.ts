import { eq, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import { writeAudit } from "../audit";
import type { Actor, DomainCtx } from "../context";
import { DomainError } from "../errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { credentialsSchema } from "./schemas";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure } from "./throttle";

/**
 * Checks a staff member's email and password. Unknown account, inactive account and wrong password
 * all return null after the same amount of work, so the answer does not reveal which accounts exist.
 * After too many failures for one account name or address, it refuses before checking anything.
 */
export async function verifyCredentials({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<Actor | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await isSignInThrottled(ctx, email)) throw new DomainError("RATE_LIMITED", "too many failed sign-ins", { _form: ["errors.signInThrottled"] });

  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);

  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    await recordSignInFailure(ctx, email);
    return null;
  }
  await clearSignInFailures(ctx, email);

  const actor: Actor = { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: ctx.now() }).where(eq(users.id, user.id));
    await writeAudit(tx, actor, { action: "user.sign_in", entityType: "user", entityId: user.id });
  });
  return actor;
}
