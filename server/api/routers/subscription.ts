import { unsubscribe } from "@/server/domain/subscription/unsubscribe";
import { confirmFollow } from "@/server/domain/subscription/confirm-follow";
import { followByEmail } from "@/server/domain/subscription/follow-by-email";
import { confirmOutput, followInput, followOutput, tokenInput, unsubscribeOutput } from "@/server/domain/subscription/schemas";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";

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
