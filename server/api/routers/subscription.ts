import { unsubscribe } from "../../domain/subscription/unsubscribe";
import { confirmFollow } from "../../domain/subscription/confirm-follow";
import { followByEmail } from "../../domain/subscription/follow-by-email";
import { confirmOutput, followInput, followOutput, tokenInput, unsubscribeOutput } from "../../domain/subscription/schemas";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const subscriptionRouter = createTRPCRouter({
  follow: publicProcedure
    .input(followInput)
    .output(followOutput)
    .mutation(({ ctx, input }) => followByEmail({ ctx, input })),
  confirm: publicProcedure
    .input(tokenInput)
    .output(confirmOutput)
    .mutation(({ ctx, input }) => confirmFollow({ ctx, input })),
  unsubscribe: publicProcedure
    .input(tokenInput)
    .output(unsubscribeOutput)
    .mutation(({ ctx, input }) => unsubscribe({ ctx, input })),
});
