import { getRetentionSchedule, updateRetentionSchedule } from "../../domain/privacy/update-retention";
import { retentionSchedule } from "../../domain/privacy/retention-schedule";
import { adminProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const privacyRouter = createTRPCRouter({
  /** The retention schedule in force: the public privacy notice prints it. */
  retention: publicProcedure.query(({ ctx }) => getRetentionSchedule({ ctx })),
  setRetention: adminProcedure.input(retentionSchedule).mutation(({ ctx, input }) => updateRetentionSchedule({ ctx, input })),
});
