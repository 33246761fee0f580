import { listCorrectiveActionsFor } from "../../domain/corrective-action/list-for-subject";
import { listAgencyCorrectiveActions } from "../../domain/corrective-action/list-for-agency";
import { reportCorrectiveAction } from "../../domain/corrective-action/report";
import { agencyActionsOutput, correctiveActionSubjectInput, reportActionOutput } from "../../domain/corrective-action/schemas";
import { multipartInput, readMultipart } from "../form-data";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "../trpc";

export const correctiveActionRouter = createTRPCRouter({
  listFor: staffProcedure.input(correctiveActionSubjectInput).query(({ ctx, input }) => listCorrectiveActionsFor({ ctx, input })),
  mine: agencyProcedure.output(agencyActionsOutput).query(({ ctx }) => listAgencyCorrectiveActions({ ctx })),
  report: agencyProcedure
    .input(multipartInput)
    .output(reportActionOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return reportCorrectiveAction({ ctx, input: data, files });
    }),
});
