import type { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requireSignedIn } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import { totpCodeInput } from "@/server/domain/auth/schemas";
import { verifyTotp } from "@/server/domain/auth/totp";
import type { DomainCtx } from "@/server/domain/context";
import { conflict, DomainError } from "@/server/domain/errors";
import { loadUser, replaceRecoveryCodes } from "./account-secrets";

/** Confirms enrolment with a code from the authenticator; answers the recovery codes, once. */
export async function confirmTwoFactor({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof totpCodeInput> }) {
  const actor = requireSignedIn(ctx);
  const { code } = totpCodeInput.parse(input);
  const user = await loadUser(ctx, actor.userId);
  if (user.totpEnabledAt) throw conflict("two-factor sign-in is already on");
  const step = user.totpSecret ? verifyTotp(user.totpSecret, code, null, ctx.now()) : null;
  if (step === null) throw new DomainError("VALIDATION", "code does not match", { code: ["errors.totpInvalid"] });
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: ctx.now(), totpLastStep: step }).where(eq(users.id, actor.userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await writeAudit(tx, actor, { action: "user.enable_two_factor", entityType: "user", entityId: actor.userId });
    return { recoveryCodes };
  });
}
