import { addRecommendation } from "../../domain/report/add-recommendation";
import { updateReportDraft } from "../../domain/report/update-draft";
import { createReportDraft } from "../../domain/report/create-draft";
import { publishReport } from "../../domain/report/publish";
import { getPublishedReport } from "../../domain/report/get-published";
import { submitReportForReview } from "../../domain/report/submit-for-review";
import {
  addRecommendationInput,
  createReportInput,
  publishReportInput,
  reportRefInput,
  reportSlugInput,
  updateReportInput,
} from "../../domain/report/schemas";
import { z } from "zod";
import { evidencePackSchema } from "../../domain/report/evidence/pack";
import { getReportDraft } from "../../domain/report/get-draft";
import { listReports } from "../../domain/report/list-reports";
import { listPublishedReports } from "../../domain/report/list-published";
import { publishedListInput } from "../../domain/report/schemas";
import { adminProcedure, createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";

const publishedOutput = z.object({
  slug: z.string(),
  language: z.string(),
  version: z.number(),
  title: z.string(),
  summary: z.string(),
  bodyMd: z.string(),
  findings: z.string(),
  html: z.object({ summary: z.string(), body: z.string(), findings: z.string() }),
  maladministrationTypes: z.array(z.string()),
  timeline: z.array(z.object({ at: z.string(), text: z.string() })),
  evidence: evidencePackSchema.nullable(),
  firstPublishedAt: z.date().nullable(),
  versions: z.array(z.object({ version: z.number(), publishedAt: z.date(), isCorrection: z.boolean(), correctionNote: z.string().nullable() })),
  recommendations: z.array(
    z.object({
      ordinal: z.number(),
      body: z.string(),
      dueAt: z.date(),
      status: z.string(),
      agencyName: z.string(),
      overdue: z.boolean(),
      history: z.array(z.object({ at: z.date(), status: z.string(), note: z.string() })),
    }),
  ),
  incidents: z.array(z.object({ code: z.string(), title: z.string() })),
});

export const reportRouter = createTRPCRouter({
  get: staffProcedure.input(reportRefInput).query(({ ctx, input }) => getReportDraft({ ctx, input })),
  create: staffProcedure.input(createReportInput).mutation(({ ctx, input }) => createReportDraft({ ctx, input })),
  update: staffProcedure.input(updateReportInput).mutation(({ ctx, input }) => updateReportDraft({ ctx, input })),
  addRecommendation: staffProcedure.input(addRecommendationInput).mutation(({ ctx, input }) => addRecommendation({ ctx, input })),
  submit: staffProcedure.input(reportRefInput).mutation(({ ctx, input }) => submitReportForReview({ ctx, input })),
  publish: adminProcedure.input(publishReportInput).mutation(({ ctx, input }) => publishReport({ ctx, input })),
  list: staffProcedure.query(({ ctx }) => listReports({ ctx })),
  publishedList: publicProcedure
    .input(publishedListInput)
    .output(
      z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          summary: z.string(),
          publishedAt: z.date(),
          updatedAt: z.date(),
          version: z.number(),
          maladministrationTypes: z.array(z.string()),
          agencies: z.array(z.string()),
        }),
      ),
    )
    .query(({ ctx, input }) => listPublishedReports({ ctx, input })),
  published: publicProcedure
    .input(reportSlugInput)
    .output(publishedOutput)
    .query(({ ctx, input }) => getPublishedReport({ ctx, input })),
});
