import { z } from "zod";

export const credentialsSchema = z.object({
  email: z
    .email()
    .max(254)
    .transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(256),
  /** A 6-digit authenticator code or a recovery code, for accounts with two-factor sign-in. */
  code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(32).optional()),
});
export type CredentialsInput = z.input<typeof credentialsSchema>;

const newPassword = z.string().min(12, { error: "errors.passwordShort" }).max(256, { error: "errors.passwordLong" });

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1, { error: "errors.passwordCurrent" }).max(256), newPassword, confirmPassword: z.string().max(256) })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.passwordSame" });

export const totpCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "errors.totpInvalid" }),
});
export const passwordConfirmInput = z.object({ password: z.string().min(1, { error: "errors.passwordCurrent" }).max(256) });

// What the signed-in person reads of their own account.
export const accountSecurityOutput = z.object({
  email: z.string(),
  twoFactorEnabled: z.boolean(),
  twoFactorRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  mustChangePassword: z.boolean(),
  passwordExpiresAt: z.date().nullable(),
});
export const twoFactorSetupOutput = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export const recoveryCodesOutput = z.object({ recoveryCodes: z.array(z.string()) });
export const twoFactorStateOutput = z.object({ twoFactorEnabled: z.boolean() });
export const signedOutOutput = z.object({ signedOut: z.literal(true) });
