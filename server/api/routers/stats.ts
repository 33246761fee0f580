import { getDashboard } from "@/server/domain/stats/dashboard";
import { getPublicStatistics } from "@/server/domain/stats/public-statistics";
import { getPeriodicReport } from "@/server/domain/stats/periodic-report";
import { getPublicSummary } from "@/server/domain/stats/public-summary";
import { getScorecard } from "@/server/domain/stats/get-scorecard";
import { listScorecards } from "@/server/domain/stats/list-scorecards";
import {
  dashboardOutput,
  periodicOutput,
  periodicReportInput,
  publicSummaryOutput,
  scorecardDetailOutput,
  scorecardInput,
  scorecardsOutput,
  statisticsInput,
  statisticsOutput,
} from "@/server/domain/stats/schemas";
import { createTRPCRouter, publicProcedure, staffProcedure } from "@/server/api/trpc";

export const statsRouter = createTRPCRouter({
  periodic: publicProcedure
    .input(periodicReportInput)
    .output(periodicOutput)
    .query(({ ctx, input }) => getPeriodicReport({ ctx, input })),
  public: publicProcedure
    .input(statisticsInput)
    .output(statisticsOutput)
    .query(({ ctx, input }) => getPublicStatistics({ ctx, input })),
  scorecards: publicProcedure.output(scorecardsOutput).query(({ ctx }) => listScorecards({ ctx })),
  scorecard: publicProcedure
    .input(scorecardInput)
    .output(scorecardDetailOutput)
    .query(({ ctx, input }) => getScorecard({ ctx, input })),
  publicSummary: publicProcedure.output(publicSummaryOutput).query(({ ctx }) => getPublicSummary({ ctx })),
  dashboard: staffProcedure.output(dashboardOutput).query(({ ctx }) => getDashboard({ ctx })),
});
