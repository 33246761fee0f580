import type { Actor, DomainCtx } from "@/server/domain/context";
import { writeAudit } from "@/server/domain/audit";
import { verifyPassword } from "@/server/domain/auth/password";
import { DomainError } from "@/server/domain/errors";
import { limiterFor } from "@/server/domain/rate-limit";
import { SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, SIGN_IN_WINDOW_SECONDS } from "@/server/domain/auth/throttle";

/**
 * A signed-in person's current password, asked again before changing a secret (password, two-step sign-in,
 * recovery codes). Limited like sign-in — a stolen session must not become an unlimited password oracle — and
 * counted per account, since the session already says whose it is. Failures and refusals are audited.
 */
export async function checkCurrentPassword(ctx: DomainCtx, actor: Actor, passwordHash: string, password: string, field: string): Promise<void> {
  const limiter = limiterFor(ctx, "password-check", SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, SIGN_IN_WINDOW_SECONDS);
  const spent = await limiter.get(actor.userId);
  if ((spent?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP) {
    await writeAudit(ctx.db, actor, {
      action: "user.password_check_throttled",
      entityType: "user",
      entityId: actor.userId,
      after: { ip: ctx.clientIp },
    });
    throw new DomainError("RATE_LIMITED", "too many wrong passwords", { [field]: ["errors.passwordCheckThrottled"] });
  }
  if (await verifyPassword(passwordHash, password)) {
    await limiter.delete(actor.userId);
    return;
  }
  await limiter.penalty(actor.userId);
  await writeAudit(ctx.db, actor, { action: "user.password_check_failed", entityType: "user", entityId: actor.userId, after: { ip: ctx.clientIp } });
  throw new DomainError("VALIDATION", "password is wrong", { [field]: ["errors.passwordCurrent"] });
}
