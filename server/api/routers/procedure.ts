import { z } from "zod";
import { reviewRapidResponse } from "@/server/domain/complaint/review-rapid-response";
import { listUnreviewedRapidResponses } from "@/server/domain/complaint/list-unreviewed-rapid-responses";
import { reviewRapidResponseInput } from "@/server/domain/complaint/schemas";
import { transitionComplaint } from "@/server/domain/complaint/transition";
import { transitionInput } from "@/server/domain/complaint/schemas";
import { adminProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const procedureRouter = createTRPCRouter({
  transition: staffProcedure
    .input(transitionInput)
    .output(z.object({ stage: z.string(), outcome: z.string().nullable(), dueAt: z.date().nullable(), version: z.number() }))
    .mutation(({ ctx, input }) => transitionComplaint({ ctx, input })),
  rapidResponsesToReview: adminProcedure.query(({ ctx }) => listUnreviewedRapidResponses({ ctx })),
  reviewRapidResponse: adminProcedure.input(reviewRapidResponseInput).mutation(({ ctx, input }) => reviewRapidResponse({ ctx, input })),
});
