import { eq } from "drizzle-orm";
import { userRecoveryCodes, users } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import { twoFactorRequiredFor } from "@/server/domain/auth/two-factor-policy";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { confirmPassword } from "./account-secrets";

/** Turns the second factor off, where the account's role does not require it. */
export async function disableTwoFactor({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { actor, user } = await confirmPassword(ctx, input);
  if (await twoFactorRequiredFor(ctx.db, user.role))
    throw new DomainError("FORBIDDEN", "required for this role", { _form: ["errors.twoFactorRequired"] });
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, actor.userId));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, actor.userId));
    await writeAudit(tx, actor, { action: "user.disable_two_factor", entityType: "user", entityId: actor.userId });
  });
  return { twoFactorEnabled: false };
}
