import { decidePrivacyRequest } from "@/server/domain/privacy/decide-request";
import { fileRequest } from "@/server/domain/privacy/file-request";
import { listPrivacyRequests, privacyRequestDeadlines } from "@/server/domain/privacy/list-requests";
import { myPersonalData } from "@/server/domain/privacy/personal-data";
import { endSession, requestVerificationCode, verifyCode } from "@/server/domain/privacy/reporter-session";
import {
  decidePrivacyRequestOutput,
  decideRequestInput,
  endSessionOutput,
  fileRequestInput,
  fileRequestOutput,
  listRequestsInput,
  myDataOutput,
  privacyDeadlinesOutput,
  privacyRequestsOutput,
  requestCodeInput,
  requestCodeOutput,
  sessionInput,
  verifyCodeInput,
  verifyCodeOutput,
} from "@/server/domain/privacy/schemas";
import { getRetentionSchedule, updateRetentionSchedule } from "@/server/domain/privacy/update-retention";
import { retentionSchedule } from "@/server/domain/privacy/retention-schedule";
import { adminProcedure, createTRPCRouter, publicProcedure } from "@/server/api/trpc";

// The reporter's procedures are public: the one-time code and the session it opens are the authorization,
// checked in the domain. Their outputs are declared so nothing else slips out.

export const privacyRouter = createTRPCRouter({
  /** The retention schedule in force: the public privacy notice prints it. */
  retention: publicProcedure.output(retentionSchedule).query(({ ctx }) => getRetentionSchedule({ ctx })),
  setRetention: adminProcedure
    .input(retentionSchedule)
    .output(retentionSchedule)
    .mutation(({ ctx, input }) => updateRetentionSchedule({ ctx, input })),

  requestCode: publicProcedure
    .input(requestCodeInput)
    .output(requestCodeOutput)
    .mutation(({ ctx, input }) => requestVerificationCode({ ctx, input })),
  verifyCode: publicProcedure
    .input(verifyCodeInput)
    .output(verifyCodeOutput)
    .mutation(async ({ ctx, input }) => {
      const { session, expiresAt } = await verifyCode({ ctx, input });
      return { session: session, expiresAt: expiresAt };
    }),
  myData: publicProcedure
    .input(sessionInput)
    .output(myDataOutput)
    .query(({ ctx, input }) => myPersonalData({ ctx, input })),
  fileRequest: publicProcedure
    .input(fileRequestInput)
    .output(fileRequestOutput)
    .mutation(({ ctx, input }) => fileRequest({ ctx, input })),
  endSession: publicProcedure
    .input(sessionInput)
    .output(endSessionOutput)
    .mutation(({ ctx, input }) => endSession({ ctx, input })),

  requests: adminProcedure
    .input(listRequestsInput)
    .output(privacyRequestsOutput)
    .query(({ ctx, input }) => listPrivacyRequests({ ctx, input })),
  deadlines: adminProcedure.output(privacyDeadlinesOutput).query(({ ctx }) => privacyRequestDeadlines({ ctx })),
  decide: adminProcedure
    .input(decideRequestInput)
    .output(decidePrivacyRequestOutput)
    .mutation(({ ctx, input }) => decidePrivacyRequest({ ctx, input })),
});
