import { listAgencyCorrectiveActions, listCorrectiveActionsFor } from "../../domain/corrective-action/list";
import { reportCorrectiveAction } from "../../domain/corrective-action/report";
import { correctiveActionSubjectInput, reportCorrectiveActionInput } from "../../domain/corrective-action/schemas";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "../trpc";

export const correctiveActionRouter = createTRPCRouter({
  listFor: staffProcedure.input(correctiveActionSubjectInput).query(({ ctx, input }) => listCorrectiveActionsFor({ ctx, input })),
  mine: agencyProcedure.query(({ ctx }) => listAgencyCorrectiveActions({ ctx })),
  report: agencyProcedure.input(reportCorrectiveActionInput).mutation(({ ctx, input }) => reportCorrectiveAction({ ctx, input })),
});
