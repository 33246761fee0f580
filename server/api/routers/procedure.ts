import { z } from "zod";
import { reviewRapidResponse } from "../../domain/complaint/review-rapid-response";
import { listUnreviewedRapidResponses } from "../../domain/complaint/list-unreviewed-rapid-responses";
import { reviewRapidResponseInput } from "../../domain/complaint/schemas";
import { transitionComplaint } from "../../domain/complaint/transition";
import { transitionInput } from "../../domain/complaint/schemas";
import { adminProcedure, createTRPCRouter, staffProcedure } from "../trpc";

export const procedureRouter = createTRPCRouter({
  transition: staffProcedure
    .input(transitionInput)
    .output(z.object({ stage: z.string(), outcome: z.string().nullable(), dueAt: z.date().nullable(), version: z.number() }))
    .mutation(({ ctx, input }) => transitionComplaint({ ctx, input })),
  rapidResponsesToReview: adminProcedure.query(({ ctx }) => listUnreviewedRapidResponses({ ctx })),
  reviewRapidResponse: adminProcedure.input(reviewRapidResponseInput).mutation(({ ctx, input }) => reviewRapidResponse({ ctx, input })),
});
