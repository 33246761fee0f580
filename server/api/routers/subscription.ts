import { z } from "zod";
import { unsubscribe } from "../../domain/subscription/unsubscribe";
import { confirmFollow } from "../../domain/subscription/confirm-follow";
import { followByEmail } from "../../domain/subscription/follow-by-email";
import { followInput, tokenInput } from "../../domain/subscription/schemas";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const subscriptionRouter = createTRPCRouter({
  follow: publicProcedure
    .input(followInput)
    .output(z.object({ status: z.literal("confirmation_sent") }))
    .mutation(({ ctx, input }) => followByEmail({ ctx, input })),
  confirm: publicProcedure
    .input(tokenInput)
    .output(z.object({ confirmed: z.boolean() }))
    .mutation(({ ctx, input }) => confirmFollow({ ctx, input })),
  unsubscribe: publicProcedure
    .input(tokenInput)
    .output(z.object({ unsubscribed: z.boolean() }))
    .mutation(({ ctx, input }) => unsubscribe({ ctx, input })),
});
