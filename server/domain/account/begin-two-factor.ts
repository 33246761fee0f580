import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { users } from "../../db/schema";
import { requireSignedIn } from "../access";
import { newTotpSecret } from "../auth/totp";
import type { DomainCtx } from "../context";
import { conflict } from "../errors";
import { loadUser } from "./account-secrets";

/** Starts enrolment: a new secret, pending until a first code confirms it. Shown once, as text and as a QR code. */
export async function beginTwoFactor({ ctx }: { ctx: DomainCtx }) {
  const actor = requireSignedIn(ctx);
  const user = await loadUser(ctx, actor.userId);
  if (user.totpEnabledAt) throw conflict("two-factor sign-in is already on");
  const secret = newTotpSecret(user.email);
  await ctx.db.update(users).set({ totpSecret: secret.sealed, totpLastStep: null }).where(eq(users.id, actor.userId));
  return { secret: secret.base32, uri: secret.uri, qrSvg: await QRCode.toString(secret.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}
