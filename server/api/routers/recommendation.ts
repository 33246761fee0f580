import { listAgencyRecommendations, listAllRecommendations } from "../../domain/recommendation/list";
import { decideRecommendationInput } from "../../domain/recommendation/schemas";
import { decideRecommendation, reportRecommendationProgress } from "../../domain/recommendation/track";
import { multipartInput, readMultipart } from "../form-data";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "../trpc";

export const recommendationRouter = createTRPCRouter({
  list: staffProcedure.query(({ ctx }) => listAllRecommendations({ ctx })),
  decide: staffProcedure.input(decideRecommendationInput).mutation(({ ctx, input }) => decideRecommendation({ ctx, input })),
  mine: agencyProcedure.query(({ ctx }) => listAgencyRecommendations({ ctx })),
  reportProgress: agencyProcedure.input(multipartInput).mutation(async ({ ctx, input }) => {
    const { data, files } = await readMultipart(input);
    return reportRecommendationProgress({ ctx, input: data, files });
  }),
});
