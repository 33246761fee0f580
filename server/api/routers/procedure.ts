import { z } from "zod";
import { transitionComplaint, transitionInput } from "../../domain/complaint/transition";
import { createTRPCRouter, staffProcedure } from "../trpc";

export const procedureRouter = createTRPCRouter({
  transition: staffProcedure
    .input(transitionInput)
    .output(z.object({ stage: z.string(), outcome: z.string().nullable(), dueAt: z.date().nullable(), version: z.number() }))
    .mutation(({ ctx, input }) => transitionComplaint({ ctx, input })),
});
