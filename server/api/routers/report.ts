import { addRecommendation } from "@/server/domain/report/add-recommendation";
import { updateReportDraft } from "@/server/domain/report/update-draft";
import { createReportDraft } from "@/server/domain/report/create-draft";
import { publishReport } from "@/server/domain/report/publish";
import { getPublishedReport } from "@/server/domain/report/get-published";
import { submitReportForReview } from "@/server/domain/report/submit-for-review";
import {
  addRecommendationInput,
  addRecommendationOutput,
  createReportInput,
  createReportOutput,
  publishedListInput,
  publishedListOutput,
  publishedOutput,
  publishReportInput,
  publishReportOutput,
  reportDraftOutput,
  reportRefInput,
  reportSlugInput,
  reportsOutput,
  reportVersionOutput,
  submitReportOutput,
  updateReportInput,
} from "@/server/domain/report/schemas";
import { getReportDraft } from "@/server/domain/report/get-draft";
import { listReports } from "@/server/domain/report/list-reports";
import { listPublishedReports } from "@/server/domain/report/list-published";
import { adminProcedure, createTRPCRouter, publicProcedure, staffProcedure } from "@/server/api/trpc";

export const reportRouter = createTRPCRouter({
  get: staffProcedure
    .input(reportRefInput)
    .output(reportDraftOutput)
    .query(({ ctx, input }) => getReportDraft({ ctx, input })),
  create: staffProcedure
    .input(createReportInput)
    .output(createReportOutput)
    .mutation(({ ctx, input }) => createReportDraft({ ctx, input })),
  update: staffProcedure
    .input(updateReportInput)
    .output(reportVersionOutput)
    .mutation(({ ctx, input }) => updateReportDraft({ ctx, input })),
  addRecommendation: staffProcedure
    .input(addRecommendationInput)
    .output(addRecommendationOutput)
    .mutation(({ ctx, input }) => addRecommendation({ ctx, input })),
  submit: staffProcedure
    .input(reportRefInput)
    .output(submitReportOutput)
    .mutation(({ ctx, input }) => submitReportForReview({ ctx, input })),
  publish: adminProcedure
    .input(publishReportInput)
    .output(publishReportOutput)
    .mutation(({ ctx, input }) => publishReport({ ctx, input })),
  list: staffProcedure.output(reportsOutput).query(({ ctx }) => listReports({ ctx })),
  publishedList: publicProcedure
    .input(publishedListInput)
    .output(publishedListOutput)
    .query(({ ctx, input }) => listPublishedReports({ ctx, input })),
  published: publicProcedure
    .input(reportSlugInput)
    .output(publishedOutput)
    .query(({ ctx, input }) => getPublishedReport({ ctx, input })),
});
