import { and, count, eq, isNull } from "drizzle-orm";
import { userRecoveryCodes } from "@/server/db/schema";
import { requireSignedIn } from "@/server/domain/access";
import { twoFactorRequiredFor } from "@/server/domain/auth/two-factor-policy";
import type { DomainCtx } from "@/server/domain/context";
import { loadUser } from "./account-secrets";

/** Whether the account has a second factor, whether its role requires one, and how many recovery codes are left. */
export async function getAccountSecurity({ ctx }: { ctx: DomainCtx }) {
  const actor = requireSignedIn(ctx);
  const user = await loadUser(ctx, actor.userId);
  const [left] = await ctx.db
    .select({ n: count() })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, actor.userId), isNull(userRecoveryCodes.usedAt)));
  return {
    email: user.email,
    twoFactorEnabled: Boolean(user.totpEnabledAt),
    twoFactorRequired: await twoFactorRequiredFor(ctx.db, user.role),
    recoveryCodesLeft: left?.n ?? 0,
    mustChangePassword: user.mustChangePassword,
    passwordExpiresAt: user.passwordExpiresAt,
  };
}
