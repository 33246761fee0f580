import { z } from "zod";
import { addReporterInformation } from "../../domain/complaint/add-information";
import { findSimilarReports } from "../../domain/complaint/find-similar";
import { fixedCheckInput, similarInput, trackingCodeInput } from "../../domain/complaint/schemas";
import { answerFixedCheck } from "../../domain/complaint/answer-fixed-check";
import { submitComplaint } from "../../domain/complaint/submit";
import { trackComplaint } from "../../domain/complaint/track";
import { formWithFilesInput, multipartInput, readFormWithFiles, readMultipart } from "../form-data";
import { linkComplaintsToIncident } from "../../domain/complaint/link-to-incident";
import { setComplaintPriority } from "../../domain/complaint/set-priority";
import { assignComplaints } from "../../domain/complaint/assign";
import { getComplaintDetail } from "../../domain/complaint/get-detail";
import { listQueue } from "../../domain/complaint/list-queue";
import { messageReporter } from "../../domain/complaint/message-reporter";
import { revealReporterIdentity } from "../../domain/complaint/reveal-identity";
import { addInternalNote } from "../../domain/complaint/add-internal-note";
import {
  assignInput,
  complaintRefInput,
  linkInput,
  noteInput,
  priorityInput,
  queueInput,
  reporterMessageInput,
  revealIdentityInput,
} from "../../domain/complaint/schemas";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";
import { bilingual } from "../../domain/schema-helpers";

// Public procedures declare their output, so nothing personal can slip out by accident.
const submitOutput = z.object({ trackingCode: z.string(), createdAt: z.date(), incidentId: z.string().nullable(), replayed: z.boolean() });
const trackOutput = z.object({
  trackingCode: z.string(),
  status: z.string(),
  outcome: z.string().nullable(),
  category: z.string(),
  serviceName: bilingual.nullable(),
  agencyName: bilingual.nullable(),
  placeName: z.string().nullable(),
  occurredAt: z.date(),
  submittedAt: z.date(),
  description: z.string(),
  attachmentCount: z.number(),
  canAddInformation: z.boolean(),
  fixedCheckOpen: z.boolean(),
  incident: z.object({ code: z.string(), title: bilingual, status: z.string() }).nullable(),
  timeline: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("status"), at: z.date(), status: z.string(), outcome: z.string().nullable(), note: z.string().nullable() }),
      z.object({ kind: z.literal("message"), at: z.date(), fromReporter: z.boolean(), body: z.string() }),
      z.object({
        kind: z.literal("incident_update"),
        at: z.date(),
        status: z.string(),
        body: z.string(),
        language: z.string(),
        byAgency: z.boolean(),
      }),
    ]),
  ),
});
const similarOutput = z.object({
  incidents: z.array(z.object({ id: z.string(), code: z.string(), title: bilingual, reportCount: z.number(), lastReportAt: z.date().nullable() })),
  recent: z.array(
    z.object({ id: z.string(), category: z.string(), serviceName: bilingual.nullable(), placeName: z.string().nullable(), createdAt: z.date() }),
  ),
});

export const complaintRouter = createTRPCRouter({
  submit: publicProcedure
    .input(formWithFilesInput)
    .output(submitOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readFormWithFiles(input);
      const result = await submitComplaint({ ctx, input: data, files });
      return { trackingCode: result.trackingCode, createdAt: result.createdAt, incidentId: result.incidentId, replayed: result.replayed };
    }),
  track: publicProcedure
    .input(trackingCodeInput)
    .output(trackOutput)
    .query(({ ctx, input }) => trackComplaint({ ctx, input })),
  addInformation: publicProcedure
    .input(multipartInput)
    .output(z.object({ added: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return addReporterInformation({ ctx, input: data, files });
    }),
  fixedCheck: publicProcedure
    .input(fixedCheckInput)
    .output(z.object({ reopened: z.boolean() }))
    .mutation(({ ctx, input }) => answerFixedCheck({ ctx, input })),
  similar: publicProcedure
    .input(similarInput)
    .output(similarOutput)
    .query(({ ctx, input }) => findSimilarReports({ ctx, input })),

  // Ombudsman staff
  queue: staffProcedure.input(queueInput).query(({ ctx, input }) => listQueue({ ctx, input })),
  detail: staffProcedure.input(complaintRefInput).query(({ ctx, input }) => getComplaintDetail({ ctx, input })),
  assign: staffProcedure.input(assignInput).mutation(({ ctx, input }) => assignComplaints({ ctx, input })),
  setPriority: staffProcedure.input(priorityInput).mutation(({ ctx, input }) => setComplaintPriority({ ctx, input })),
  linkIncident: staffProcedure.input(linkInput).mutation(({ ctx, input }) => linkComplaintsToIncident({ ctx, input })),
  addNote: staffProcedure.input(noteInput).mutation(({ ctx, input }) => addInternalNote({ ctx, input })),
  revealIdentity: staffProcedure.input(revealIdentityInput).mutation(({ ctx, input }) => revealReporterIdentity({ ctx, input })),
  messageReporter: staffProcedure.input(reporterMessageInput).mutation(({ ctx, input }) => messageReporter({ ctx, input })),
});
