import { z } from "zod";
import { getDashboard } from "../../domain/stats/dashboard";
import { getPublicStatistics } from "../../domain/stats/public-statistics";
import { statisticsInput } from "../../domain/stats/schemas";
import { getPeriodicReport } from "../../domain/stats/periodic-report";
import { periodicReportInput } from "../../domain/stats/schemas";
import { getPublicSummary } from "../../domain/stats/public-summary";
import { getScorecard } from "../../domain/stats/get-scorecard";
import { listScorecards } from "../../domain/stats/list-scorecards";
import { scorecardInput } from "../../domain/stats/schemas";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";
import { bilingual } from "../../domain/schema-helpers";

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
  name: bilingual,
  requests: z.number(),
  answered: z.number(),
  answeredOnTime: z.number(),
  onTimePct: z.number().nullable(),
  medianAnswerDays: z.number().nullable(),
  openIncidents: z.number(),
  recommendations: z.record(z.string(), z.number()),
});

const countRow = z.object({ key: z.string(), label: bilingual, count: z.number() });
const monthRow = z.object({ month: z.string(), count: z.number() });
const statisticsOutput = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  total: z.number(),
  medianFirstResponseHours: z.number().nullable(),
  medianResolutionDays: z.number().nullable(),
  overTime: z.array(monthRow),
  byCategory: z.array(countRow),
  byAgency: z.array(countRow),
  byChannel: z.array(countRow),
  byPlace: z.array(countRow),
  incidentsPerMonth: z.array(monthRow),
});

const keyed = z.array(z.object({ key: z.string(), count: z.number() }));
const byAgency = z.array(z.object({ slug: z.string(), name: bilingual, count: z.number() }));
const periodicOutput = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  received: z.number(),
  closed: z.number(),
  incidents: z.number(),
  reportsPublished: z.number(),
  byCategory: keyed,
  byChannel: keyed,
  outcomes: keyed,
  uncooperative: byAgency,
  notImplementing: byAgency,
});

export const statsRouter = createTRPCRouter({
  periodic: publicProcedure
    .input(periodicReportInput)
    .output(periodicOutput)
    .query(({ ctx, input }) => getPeriodicReport({ ctx, input })),
  public: publicProcedure
    .input(statisticsInput)
    .output(statisticsOutput)
    .query(({ ctx, input }) => getPublicStatistics({ ctx, input })),
  scorecards: publicProcedure.output(z.array(scorecard)).query(({ ctx }) => listScorecards({ ctx })),
  scorecard: publicProcedure
    .input(scorecardInput)
    .output(
      scorecard.extend({
        trend: z.array(z.object({ quarter: z.string(), requests: z.number(), answeredOnTime: z.number(), implemented: z.number() })),
      }),
    )
    .query(({ ctx, input }) => getScorecard({ ctx, input })),
  publicSummary: publicProcedure.output(publicSummaryOutput).query(({ ctx }) => getPublicSummary({ ctx })),
  dashboard: staffProcedure.query(({ ctx }) => getDashboard({ ctx })),
});
