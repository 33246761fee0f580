import { listAllRecommendations } from "@/server/domain/recommendation/list-all";
import { listAgencyRecommendations } from "@/server/domain/recommendation/list-for-agency";
import {
  recommendationsOutput,
  decideRecommendationInput,
  decideRecommendationOutput,
  reportProgressOutput,
} from "@/server/domain/recommendation/schemas";
import { decideRecommendation } from "@/server/domain/recommendation/decide";
import { reportRecommendationProgress } from "@/server/domain/recommendation/report-progress";
import { multipartInput, readMultipart } from "@/server/http/form-data";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const recommendationRouter = createTRPCRouter({
  list: staffProcedure.output(recommendationsOutput).query(({ ctx }) => listAllRecommendations({ ctx })),
  decide: staffProcedure
    .input(decideRecommendationInput)
    .output(decideRecommendationOutput)
    .mutation(({ ctx, input }) => decideRecommendation({ ctx, input })),
  mine: agencyProcedure.output(recommendationsOutput).query(({ ctx }) => listAgencyRecommendations({ ctx })),
  reportProgress: agencyProcedure
    .input(multipartInput)
    .output(reportProgressOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return reportRecommendationProgress({ ctx, input: data, files });
    }),
});
