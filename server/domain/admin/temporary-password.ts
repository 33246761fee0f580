import { randomBytes } from "node:crypto";
import { hashPassword } from "@/server/domain/auth/password";
import type { DomainCtx } from "@/server/domain/context";

/** How long an admin-issued password works; its holder must replace it at first sign-in anyway. */
export const TEMPORARY_PASSWORD_HOURS = 72;

/** A one-time password the admin hands over; only its argon2id hash is stored, never the text. */
export async function temporaryPassword(ctx: DomainCtx) {
  const password = randomBytes(12).toString("base64url");
  return {
    password,
    columns: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      passwordExpiresAt: new Date(ctx.now().getTime() + TEMPORARY_PASSWORD_HOURS * 3600_000),
    },
  };
}
