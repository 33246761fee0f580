import { mailboxOutput } from "@/server/domain/notification/schemas";
import { listMailbox } from "@/server/domain/notification/mailbox";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const mailRouter = createTRPCRouter({
  mailbox: staffProcedure.output(mailboxOutput).query(({ ctx }) => listMailbox({ ctx })),
});
