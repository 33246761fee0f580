import type { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requireSignedIn } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import { changePasswordInput } from "@/server/domain/auth/schemas";
import { hashPassword } from "@/server/domain/auth/password";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { passwordWeakness } from "@/server/domain/auth/password-strength";
import { checkCurrentPassword } from "./password-check";

/**
 * A signed-in person replaces their own password (an admin-issued one must be replaced before anything else).
 * Every session of the account ends with it, this one included (the session-version trigger): whoever else
 * held a session with the old password is out, and the owner signs in again with the new one.
 */
export async function changeOwnPassword({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof changePasswordInput> }) {
  const actor = requireSignedIn(ctx);
  const data = changePasswordInput.parse(input);
  const [user] = await ctx.db
    .select({ passwordHash: users.passwordHash, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw notFound("user");
  await checkCurrentPassword(ctx, actor, user.passwordHash, data.currentPassword, "currentPassword");
  const weakness = await passwordWeakness(data.newPassword, [user.email, user.name, "sigap", "ombudsman"]);
  if (weakness) throw new DomainError("VALIDATION", "new password is easy to guess", { newPassword: [weakness] });
  const passwordHash = await hashPassword(data.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordExpiresAt: null, updatedAt: ctx.now() })
      .where(eq(users.id, actor.userId));
    await writeAudit(tx, actor, { action: "user.change_password", entityType: "user", entityId: actor.userId });
  });
  return { signedOut: true as const };
}
