import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { users } from "@/server/db/schema";
import { newTotpSecret } from "@/server/domain/auth/totp";
import type { DomainCtx } from "@/server/domain/context";
import { conflict } from "@/server/domain/errors";
import { confirmPassword } from "./account-secrets";

/**
 * Starts enrolment: a new secret, pending until a first code confirms it. Shown once, as text and as a QR code.
 * Asks for the password first: a borrowed session must not tie the account to someone else's phone.
 */
export async function beginTwoFactor({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { actor, user } = await confirmPassword(ctx, input);
  if (user.totpEnabledAt) throw conflict("two-factor sign-in is already on");
  const secret = newTotpSecret(user.email);
  await ctx.db.update(users).set({ totpSecret: secret.sealed, totpLastStep: null }).where(eq(users.id, actor.userId));
  return { secret: secret.base32, uri: secret.uri, qrSvg: await QRCode.toString(secret.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}
