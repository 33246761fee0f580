import { and, count, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { userRecoveryCodes, users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { requireSignedIn } from "../access";
import { writeAudit } from "../audit";
import { twoFactorRequiredFor } from "../auth/two-factor-policy";
import { passwordConfirmInput, totpCodeInput } from "../auth/schemas";
import { verifyPassword } from "../auth/password";
import { newRecoveryCodes, newTotpSecret, verifyTotp } from "../auth/totp";
import type { DomainCtx } from "../context";
import { conflict, DomainError, notFound } from "../errors";

async function loadUser(ctx: DomainCtx, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  return user;
}

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

/** Starts enrolment: a new secret, pending until a first code confirms it. Shown once, as text and as a QR code. */
export async function beginTwoFactor({ ctx }: { ctx: DomainCtx }) {
  const actor = requireSignedIn(ctx);
  const user = await loadUser(ctx, actor.userId);
  if (user.totpEnabledAt) throw conflict("two-factor sign-in is already on");
  const secret = newTotpSecret(user.email);
  await ctx.db.update(users).set({ totpSecret: secret.sealed, totpLastStep: null }).where(eq(users.id, actor.userId));
  return { secret: secret.base32, uri: secret.uri, qrSvg: await QRCode.toString(secret.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const { codes, hashes } = newRecoveryCodes();
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await tx.insert(userRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  return codes;
}

/** Confirms enrolment with a code from the authenticator; answers the recovery codes, once. */
export async function confirmTwoFactor({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
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

async function confirmPassword(ctx: DomainCtx, input: unknown) {
  const actor = requireSignedIn(ctx);
  const { password } = passwordConfirmInput.parse(input);
  const user = await loadUser(ctx, actor.userId);
  if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError("VALIDATION", "password is wrong", { password: ["errors.passwordCurrent"] });
  return { actor, user };
}

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

/** Turns the second factor off, where the account's role does not require it. */
export async function disableTwoFactor({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { actor, user } = await confirmPassword(ctx, input);
  if (await twoFactorRequiredFor(ctx.db, user.role)) throw new DomainError("FORBIDDEN", "required for this role", { _form: ["errors.twoFactorRequired"] });
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, actor.userId));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, actor.userId));
    await writeAudit(tx, actor, { action: "user.disable_two_factor", entityType: "user", entityId: actor.userId });
  });
  return { twoFactorEnabled: false };
}
