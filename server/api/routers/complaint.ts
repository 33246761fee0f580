import { rateHandling } from "@/server/domain/rating/rate";
import { reviewRating } from "@/server/domain/rating/review";
import { rateHandlingInput, rateHandlingOutput, reviewRatingInput, reviewRatingOutput } from "@/server/domain/rating/schemas";
import { addReporterInformation } from "@/server/domain/complaint/add-information";
import { findSimilarReports } from "@/server/domain/complaint/find-similar";
import { answerFixedCheck } from "@/server/domain/complaint/answer-fixed-check";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { trackComplaint } from "@/server/domain/complaint/track";
import { formWithFilesInput, multipartInput, readFormWithFiles, readMultipart } from "@/server/http/form-data";
import { linkComplaintsToIncident } from "@/server/domain/complaint/link-to-incident";
import { setComplaintPriority } from "@/server/domain/complaint/set-priority";
import { assignComplaints } from "@/server/domain/complaint/assign";
import { getComplaintDetail } from "@/server/domain/complaint/get-detail";
import { listQueue } from "@/server/domain/complaint/list-queue";
import { messageReporter } from "@/server/domain/complaint/message-reporter";
import { revealReporterIdentity } from "@/server/domain/complaint/reveal-identity";
import { addInternalNote } from "@/server/domain/complaint/add-internal-note";
import {
  addInformationOutput,
  assignInput,
  bulkOutput,
  complaintDetailOutput,
  complaintRefInput,
  fixedCheckInput,
  fixedCheckOutput,
  linkInput,
  noteInput,
  noteOutput,
  priorityInput,
  queueInput,
  queueOutput,
  reporterMessageInput,
  reporterMessageOutput,
  revealIdentityInput,
  revealIdentityOutput,
  similarInput,
  similarOutput,
  submitOutput,
  trackingCodeInput,
  trackOutput,
} from "@/server/domain/complaint/schemas";
import { createTRPCRouter, publicProcedure, staffProcedure } from "@/server/api/trpc";

export const complaintRouter = createTRPCRouter({
  submit: publicProcedure
    .input(formWithFilesInput)
    .output(submitOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readFormWithFiles(input);
      const result = await submitComplaint({ ctx, input: data, files });
      return { trackingCode: result.trackingCode, createdAt: result.createdAt, incidentId: result.incidentId, replayed: result.replayed };
    }),
  track: publicProcedure
    .input(trackingCodeInput)
    .output(trackOutput)
    .query(({ ctx, input }) => trackComplaint({ ctx, input })),
  addInformation: publicProcedure
    .input(multipartInput)
    .output(addInformationOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return addReporterInformation({ ctx, input: data, files });
    }),
  fixedCheck: publicProcedure
    .input(fixedCheckInput)
    .output(fixedCheckOutput)
    .mutation(({ ctx, input }) => answerFixedCheck({ ctx, input })),
  rate: publicProcedure
    .input(rateHandlingInput)
    .output(rateHandlingOutput)
    .mutation(({ ctx, input }) => rateHandling({ ctx, input, channel: "web" })),
  reviewRating: staffProcedure
    .input(reviewRatingInput)
    .output(reviewRatingOutput)
    .mutation(({ ctx, input }) => reviewRating({ ctx, input })),
  similar: publicProcedure
    .input(similarInput)
    .output(similarOutput)
    .query(({ ctx, input }) => findSimilarReports({ ctx, input })),

  // Ombudsman staff
  queue: staffProcedure
    .input(queueInput)
    .output(queueOutput)
    .query(({ ctx, input }) => listQueue({ ctx, input })),
  detail: staffProcedure
    .input(complaintRefInput)
    .output(complaintDetailOutput)
    .query(({ ctx, input }) => getComplaintDetail({ ctx, input })),
  assign: staffProcedure
    .input(assignInput)
    .output(bulkOutput)
    .mutation(({ ctx, input }) => assignComplaints({ ctx, input })),
  setPriority: staffProcedure
    .input(priorityInput)
    .output(bulkOutput)
    .mutation(({ ctx, input }) => setComplaintPriority({ ctx, input })),
  linkIncident: staffProcedure
    .input(linkInput)
    .output(bulkOutput)
    .mutation(({ ctx, input }) => linkComplaintsToIncident({ ctx, input })),
  addNote: staffProcedure
    .input(noteInput)
    .output(noteOutput)
    .mutation(({ ctx, input }) => addInternalNote({ ctx, input })),
  revealIdentity: staffProcedure
    .input(revealIdentityInput)
    .output(revealIdentityOutput)
    .mutation(({ ctx, input }) => revealReporterIdentity({ ctx, input })),
  messageReporter: staffProcedure
    .input(reporterMessageInput)
    .output(reporterMessageOutput)
    .mutation(({ ctx, input }) => messageReporter({ ctx, input })),
});
