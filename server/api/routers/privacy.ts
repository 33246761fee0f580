import { z } from "zod";
import { decidePrivacyRequest } from "../../domain/privacy/decide-request";
import { fileRequest } from "../../domain/privacy/file-request";
import { listPrivacyRequests, privacyRequestDeadlines } from "../../domain/privacy/list-requests";
import { myPersonalData, type PersonalData } from "../../domain/privacy/personal-data";
import { endSession, requestVerificationCode, verifyCode } from "../../domain/privacy/reporter-session";
import {
  decideRequestInput,
  fileRequestInput,
  listRequestsInput,
  requestCodeInput,
  sessionInput,
  verifyCodeInput,
} from "../../domain/privacy/schemas";
import { getRetentionSchedule, updateRetentionSchedule } from "../../domain/privacy/update-retention";
import { retentionSchedule } from "../../domain/privacy/retention-schedule";
import { adminProcedure, createTRPCRouter, publicProcedure } from "../trpc";

// The reporter's procedures are public: the one-time code and the session it opens are the authorization,
// checked in the domain. Their outputs are declared so nothing else slips out.

export const privacyRouter = createTRPCRouter({
  /** The retention schedule in force: the public privacy notice prints it. */
  retention: publicProcedure.output(retentionSchedule).query(({ ctx }) => getRetentionSchedule({ ctx })),
  setRetention: adminProcedure.input(retentionSchedule).mutation(({ ctx, input }) => updateRetentionSchedule({ ctx, input })),

  requestCode: publicProcedure
    .input(requestCodeInput)
    .output(z.object({ challengeId: z.string().nullable(), sentTo: z.enum(["email", "whatsapp"]).nullable(), unreachable: z.boolean() }))
    .mutation(({ ctx, input }) => requestVerificationCode({ ctx, input })),
  verifyCode: publicProcedure
    .input(verifyCodeInput)
    .output(z.object({ session: z.string(), expiresAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const { session, expiresAt } = await verifyCode({ ctx, input });
      return { session: session!, expiresAt: expiresAt! };
    }),
  myData: publicProcedure
    .input(sessionInput)
    .output(z.object({ complaints: z.custom<PersonalData>((v) => Array.isArray(v)) }))
    .query(({ ctx, input }) => myPersonalData({ ctx, input })),
  fileRequest: publicProcedure
    .input(fileRequestInput)
    .output(z.object({ requestId: z.string(), dueAt: z.date() }))
    .mutation(({ ctx, input }) => fileRequest({ ctx, input })),
  endSession: publicProcedure
    .input(sessionInput)
    .output(z.object({ ended: z.boolean() }))
    .mutation(({ ctx, input }) => endSession({ ctx, input })),

  requests: adminProcedure.input(listRequestsInput).query(({ ctx, input }) => listPrivacyRequests({ ctx, input })),
  deadlines: adminProcedure.query(({ ctx }) => privacyRequestDeadlines({ ctx })),
  decide: adminProcedure.input(decideRequestInput).mutation(({ ctx, input }) => decidePrivacyRequest({ ctx, input })),
});
