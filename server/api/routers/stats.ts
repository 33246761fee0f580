import { z } from "zod";
import { getDashboard } from "../../domain/stats/dashboard";
import { getPublicSummary } from "../../domain/stats/public-summary";
import { getScorecard, listScorecards, scorecardInput } from "../../domain/stats/scorecard";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";

const publicSummaryOutput = z.object({
  total: z.number().int(),
  received: z.number().int(),
  inVerification: z.number().int(),
  inExamination: z.number().int(),
  closed: z.number().int(),
  openIncidents: z.number().int(),
});

const scorecard = z.object({
  slug: z.string(),
  name: z.object({ id: z.string(), en: z.string() }),
  requests: z.number(),
  answered: z.number(),
  answeredOnTime: z.number(),
  onTimePct: z.number().nullable(),
  medianAnswerDays: z.number().nullable(),
  openIncidents: z.number(),
  recommendations: z.record(z.string(), z.number()),
});

export const statsRouter = createTRPCRouter({
  scorecards: publicProcedure.output(z.array(scorecard)).query(({ ctx }) => listScorecards({ ctx })),
  scorecard: publicProcedure
    .input(scorecardInput)
    .output(scorecard.extend({ trend: z.array(z.object({ quarter: z.string(), requests: z.number(), answeredOnTime: z.number(), implemented: z.number() })) }))
    .query(({ ctx, input }) => getScorecard({ ctx, input })),
  publicSummary: publicProcedure.output(publicSummaryOutput).query(({ ctx }) => getPublicSummary({ ctx })),
  dashboard: staffProcedure.query(({ ctx }) => getDashboard({ ctx })),
});
