import {
  accountSecurityOutput,
  changePasswordInput,
  passwordConfirmInput,
  recoveryCodesOutput,
  signedOutOutput,
  totpCodeInput,
  twoFactorSetupOutput,
  twoFactorStateOutput,
} from "@/server/domain/auth/schemas";
import { changeOwnPassword } from "@/server/domain/account/change-password";
import { signOutEverywhere } from "@/server/domain/account/sign-out-everywhere";
import { disableTwoFactor } from "@/server/domain/account/disable-two-factor";
import { regenerateRecoveryCodes } from "@/server/domain/account/regenerate-recovery-codes";
import { confirmTwoFactor } from "@/server/domain/account/confirm-two-factor";
import { beginTwoFactor } from "@/server/domain/account/begin-two-factor";
import { getAccountSecurity } from "@/server/domain/account/get-security";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

/** The signed-in person's own account: open even while the account must be put in order first. */
export const accountRouter = createTRPCRouter({
  security: protectedProcedure.output(accountSecurityOutput).query(({ ctx }) => getAccountSecurity({ ctx })),
  changePassword: protectedProcedure
    .input(changePasswordInput)
    .output(signedOutOutput)
    .mutation(({ ctx, input }) => changeOwnPassword({ ctx, input })),
  beginTwoFactor: protectedProcedure
    .input(passwordConfirmInput)
    .output(twoFactorSetupOutput)
    .mutation(({ ctx, input }) => beginTwoFactor({ ctx, input })),
  confirmTwoFactor: protectedProcedure
    .input(totpCodeInput)
    .output(recoveryCodesOutput)
    .mutation(({ ctx, input }) => confirmTwoFactor({ ctx, input })),
  regenerateRecoveryCodes: protectedProcedure
    .input(passwordConfirmInput)
    .output(recoveryCodesOutput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes({ ctx, input })),
  disableTwoFactor: protectedProcedure
    .input(passwordConfirmInput)
    .output(twoFactorStateOutput)
    .mutation(({ ctx, input }) => disableTwoFactor({ ctx, input })),
  signOutEverywhere: protectedProcedure.output(signedOutOutput).mutation(({ ctx }) => signOutEverywhere({ ctx })),
});
