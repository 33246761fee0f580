import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { auditLog, userRecoveryCodes, users, type User } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { Actor, DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { credentialsSchema } from "./schemas";
import { clearSignInFailures, recordSignInFailure, signInPause } from "./throttle";
import { hashRecoveryCode, looksLikeRecoveryCode, verifyTotp } from "./totp";

export type SignedIn = { actor: Actor; sessionVersion: number };

/** Failed and refused sign-ins are evidence too. A name that matches no account is not written down: people
 * type passwords into the name field, and the audit log keeps everything forever. */
async function auditAttempt(ctx: DomainCtx, user: User | undefined, action: "user.sign_in_failed" | "user.sign_in_throttled", reason: string) {
  await writeAudit(ctx.db, null, { action, entityType: "user", entityId: user?.id ?? "unknown", after: { reason, ip: ctx.clientIp } });
}

/**
 * Checks a staff member's email and password, then their second factor when they have one. Unknown account,
 * inactive account, expired temporary password and wrong password all return null after the same amount of
 * work, so the answer does not reveal which accounts exist. After too many failures for one account name
 * (from this address, or anywhere) or from this address, it refuses before checking anything; the name-wide
 * pause does not apply where the account signed in successfully in the last 30 days.
 */
export async function verifyCredentials({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;

  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const pause = await signInPause(ctx, email);
  // Guesses spread over many addresses pause the name everywhere, except from where its owner signed in lately.
  if (pause && !(pause === "account" && user && (await signedInFromHereLately(ctx, user.id)))) {
    await auditAttempt(ctx, user, "user.sign_in_throttled", "throttled");
    throw new DomainError("RATE_LIMITED", "too many failed sign-ins", { _form: ["errors.signInThrottled"] });
  }

  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const expired = Boolean(user?.passwordExpiresAt && user.passwordExpiresAt.getTime() <= ctx.now().getTime());
  if (!user || !ok || !user.active || expired) {
    await recordSignInFailure(ctx, email);
    await auditAttempt(ctx, user, "user.sign_in_failed", !user ? "unknown" : !ok ? "password" : !user.active ? "inactive" : "password_expired");
    return null;
  }

  if (user.totpSecret && user.totpEnabledAt) {
    // The password was right: say that a code is needed (as every two-step sign-in does), then check it.
    if (!code) throw new DomainError("UNAUTHORIZED", "second factor required", { code: ["errors.totpRequired"] });
    if (!(await acceptSecondFactor(ctx, user, code))) {
      await recordSignInFailure(ctx, email);
      await auditAttempt(ctx, user, "user.sign_in_failed", "second_factor");
      throw new DomainError("UNAUTHORIZED", "second factor invalid", { code: ["errors.totpInvalid"] });
    }
  }
  await clearSignInFailures(ctx, email);

  const actor: Actor = { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: ctx.now() }).where(eq(users.id, user.id));
    await writeAudit(tx, actor, { action: "user.sign_in", entityType: "user", entityId: user.id, after: { ip: ctx.clientIp } });
  });
  return { actor, sessionVersion: user.sessionVersion };
}

const KNOWN_ADDRESS_DAYS = 30;

/** Whether this account signed in successfully from this client address in the last 30 days (the audit log says). */
async function signedInFromHereLately(ctx: DomainCtx, userId: string): Promise<boolean> {
  if (!ctx.clientIp) return false;
  const since = new Date(ctx.now().getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const [row] = await ctx.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, "user"),
        eq(auditLog.entityId, userId),
        gte(auditLog.occurredAt, since),
        eq(auditLog.action, "user.sign_in"),
        sql`${auditLog.after}->>'ip' = ${ctx.clientIp}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** An authenticator code (each step once), or an unused recovery code (spent by using it). */
async function acceptSecondFactor(ctx: DomainCtx, user: User, code: string): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) {
    const spent = await ctx.db
      .update(userRecoveryCodes)
      .set({ usedAt: ctx.now() })
      .where(and(eq(userRecoveryCodes.userId, user.id), eq(userRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(userRecoveryCodes.usedAt)))
      .returning({ id: userRecoveryCodes.id });
    return spent.length === 1;
  }
  if (!user.totpSecret) return false;
  const step = verifyTotp(user.totpSecret, code, user.totpLastStep, ctx.now());
  if (step === null) return false;
  // Compare-and-set, so two sign-ins racing with one code cannot both pass.
  const claimed = await ctx.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), sql`coalesce(${users.totpLastStep}, -1) < ${step}`))
    .returning({ id: users.id });
  return claimed.length === 1;
}
