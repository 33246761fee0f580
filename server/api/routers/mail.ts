import { listMailbox } from "@/server/domain/notification/mailbox";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const mailRouter = createTRPCRouter({
  mailbox: staffProcedure.query(({ ctx }) => listMailbox({ ctx })),
});
