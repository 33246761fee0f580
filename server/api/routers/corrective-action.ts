import { listCorrectiveActionsFor } from "@/server/domain/corrective-action/list-for-subject";
import { listAgencyCorrectiveActions } from "@/server/domain/corrective-action/list-for-agency";
import { reportCorrectiveAction } from "@/server/domain/corrective-action/report";
import { agencyActionsOutput, correctiveActionSubjectInput, reportActionOutput } from "@/server/domain/corrective-action/schemas";
import { multipartInput, readMultipart } from "@/server/http/form-data";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const correctiveActionRouter = createTRPCRouter({
  listFor: staffProcedure
    .input(correctiveActionSubjectInput)
    .output(agencyActionsOutput)
    .query(({ ctx, input }) => listCorrectiveActionsFor({ ctx, input })),
  mine: agencyProcedure.output(agencyActionsOutput).query(({ ctx }) => listAgencyCorrectiveActions({ ctx })),
  report: agencyProcedure
    .input(multipartInput)
    .output(reportActionOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return reportCorrectiveAction({ ctx, input: data, files });
    }),
});
