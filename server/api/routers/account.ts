import { z } from "zod";
import { changeOwnPassword } from "@/server/domain/account/change-password";
import { signOutEverywhere } from "@/server/domain/account/sign-out-everywhere";
import { disableTwoFactor } from "@/server/domain/account/disable-two-factor";
import { regenerateRecoveryCodes } from "@/server/domain/account/regenerate-recovery-codes";
import { confirmTwoFactor } from "@/server/domain/account/confirm-two-factor";
import { beginTwoFactor } from "@/server/domain/account/begin-two-factor";
import { getAccountSecurity } from "@/server/domain/account/get-security";
import { changePasswordInput, passwordConfirmInput, totpCodeInput } from "@/server/domain/auth/schemas";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

/** The signed-in person's own account: open even while the account must be put in order first. */
export const accountRouter = createTRPCRouter({
  security: protectedProcedure
    .output(
      z.object({
        email: z.string(),
        twoFactorEnabled: z.boolean(),
        twoFactorRequired: z.boolean(),
        recoveryCodesLeft: z.number(),
        mustChangePassword: z.boolean(),
        passwordExpiresAt: z.date().nullable(),
      }),
    )
    .query(({ ctx }) => getAccountSecurity({ ctx })),
  changePassword: protectedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changeOwnPassword({ ctx, input })),
  beginTwoFactor: protectedProcedure
    .input(passwordConfirmInput)
    .output(z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }))
    .mutation(({ ctx, input }) => beginTwoFactor({ ctx, input })),
  confirmTwoFactor: protectedProcedure
    .input(totpCodeInput)
    .output(recoveryCodes)
    .mutation(({ ctx, input }) => confirmTwoFactor({ ctx, input })),
  regenerateRecoveryCodes: protectedProcedure
    .input(passwordConfirmInput)
    .output(recoveryCodes)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes({ ctx, input })),
  disableTwoFactor: protectedProcedure.input(passwordConfirmInput).mutation(({ ctx, input }) => disableTwoFactor({ ctx, input })),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere({ ctx })),
});
