import { listAgencyRecommendations, listAllRecommendations } from "../../domain/recommendation/list";
import { decideRecommendationInput, reportProgressInput } from "../../domain/recommendation/schemas";
import { decideRecommendation, reportRecommendationProgress } from "../../domain/recommendation/track";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "../trpc";

export const recommendationRouter = createTRPCRouter({
  list: staffProcedure.query(({ ctx }) => listAllRecommendations({ ctx })),
  decide: staffProcedure.input(decideRecommendationInput).mutation(({ ctx, input }) => decideRecommendation({ ctx, input })),
  mine: agencyProcedure.query(({ ctx }) => listAgencyRecommendations({ ctx })),
  reportProgress: agencyProcedure.input(reportProgressInput).mutation(({ ctx, input }) => reportRecommendationProgress({ ctx, input })),
});
