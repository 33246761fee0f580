import { listMailbox } from "../../domain/notification/mailbox";
import { createTRPCRouter, staffProcedure } from "../trpc";

export const mailRouter = createTRPCRouter({
  mailbox: staffProcedure.query(({ ctx }) => listMailbox({ ctx })),
});
