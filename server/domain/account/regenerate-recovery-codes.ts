import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { conflict } from "@/server/domain/errors";
import { confirmPassword, replaceRecoveryCodes } from "./account-secrets";

/** New recovery codes (the old ones stop working), after the password is typed again. */
export async function regenerateRecoveryCodes({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { actor, user } = await confirmPassword(ctx, input);
  if (!user.totpEnabledAt) throw conflict("two-factor sign-in is off");
  return ctx.db.transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await writeAudit(tx, actor, { action: "user.regenerate_recovery_codes", entityType: "user", entityId: actor.userId });
    return { recoveryCodes };
  });
}
