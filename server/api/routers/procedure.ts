import { reviewRapidResponse } from "@/server/domain/complaint/review-rapid-response";
import { listUnreviewedRapidResponses } from "@/server/domain/complaint/list-unreviewed-rapid-responses";
import {
  rapidResponsesOutput,
  rapidReviewOutput,
  reviewRapidResponseInput,
  transitionInput,
  transitionOutput,
} from "@/server/domain/complaint/schemas";
import { transitionComplaint } from "@/server/domain/complaint/transition";
import { adminProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const procedureRouter = createTRPCRouter({
  transition: staffProcedure
    .input(transitionInput)
    .output(transitionOutput)
    .mutation(({ ctx, input }) => transitionComplaint({ ctx, input })),
  rapidResponsesToReview: adminProcedure.output(rapidResponsesOutput).query(({ ctx }) => listUnreviewedRapidResponses({ ctx })),
  reviewRapidResponse: adminProcedure
    .input(reviewRapidResponseInput)
    .output(rapidReviewOutput)
    .mutation(({ ctx, input }) => reviewRapidResponse({ ctx, input })),
});
