import { getTriageOverview, updateTriageThresholds } from "@/server/domain/triage/admin-settings";
import { classifyText } from "@/server/domain/triage/classify-text";
import { getComplaintTriage } from "@/server/domain/triage/get-complaint-triage";
import { recordReport, recordReportInput } from "@/server/domain/triage/record-report";
import {
  classifyOutput,
  classifyTextInput,
  complaintTriageOutput,
  recordReportOutput,
  setClassificationInput,
  suggestionsOutput,
  trainingRequestOutput,
  triageOverviewOutput,
  triageThresholdsInput,
} from "@/server/domain/triage/schemas";
import { setClassification } from "@/server/domain/triage/set-classification";
import { requestTriageTraining } from "@/server/domain/triage/training-schedule";
import { complaintRefInput } from "@/server/domain/complaint/schemas";
import { adminProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const triageRouter = createTRPCRouter({
  // Ombudsman staff
  suggest: staffProcedure
    .input(classifyTextInput)
    .output(suggestionsOutput)
    .query(({ ctx, input }) => classifyText({ ctx, input })),
  forComplaint: staffProcedure
    .input(complaintRefInput)
    .output(complaintTriageOutput)
    .query(({ ctx, input }) => getComplaintTriage({ ctx, input })),
  classify: staffProcedure
    .input(setClassificationInput)
    .output(classifyOutput)
    .mutation(({ ctx, input }) => setClassification({ ctx, input })),
  record: staffProcedure
    .input(recordReportInput)
    .output(recordReportOutput)
    .mutation(async ({ ctx, input }) => {
      const r = await recordReport({ ctx, input });
      return { complaintId: r.complaintId, trackingCode: r.trackingCode, replayed: r.replayed };
    }),

  // Admins
  overview: adminProcedure.output(triageOverviewOutput).query(({ ctx }) => getTriageOverview({ ctx })),
  train: adminProcedure.output(trainingRequestOutput).mutation(({ ctx }) => requestTriageTraining({ ctx })),
  setThresholds: adminProcedure
    .input(triageThresholdsInput)
    .output(triageThresholdsInput)
    .mutation(({ ctx, input }) => updateTriageThresholds({ ctx, input })),
});
