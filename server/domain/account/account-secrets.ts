import { eq } from "drizzle-orm";
import { userRecoveryCodes, users } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { requireSignedIn } from "@/server/domain/access";
import { passwordConfirmInput } from "@/server/domain/auth/schemas";
import { newRecoveryCodes } from "@/server/domain/auth/totp";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { checkCurrentPassword } from "./password-check";

export async function loadUser(ctx: DomainCtx, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  return user;
}

export async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const { codes, hashes } = newRecoveryCodes();
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await tx.insert(userRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  return codes;
}

export async function confirmPassword(ctx: DomainCtx, input: unknown) {
  const actor = requireSignedIn(ctx);
  const { password } = passwordConfirmInput.parse(input);
  const user = await loadUser(ctx, actor.userId);
  await checkCurrentPassword(ctx, actor, user.passwordHash, password, "password");
  return { actor, user };
}
