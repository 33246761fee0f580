import { z } from "zod";
import { CLARIFICATION_METHODS, CLARIFICATION_STATUSES, COMPLAINT_CATEGORIES, INCIDENT_PUBLIC_STATUSES } from "@/server/db/schema/constants";
import { attachmentRefOutput } from "@/server/domain/attachment/schemas";
import { englishText } from "@/server/domain/incident/schemas";

export const DEFAULT_ANSWER_DAYS = 14;

export const sendClarificationInput = z
  .object({
    agencyId: z.uuid({ error: "errors.agency" }),
    complaintId: z.uuid().optional(),
    incidentId: z.uuid().optional(),
    method: z.enum(CLARIFICATION_METHODS).default("written"),
    questions: z.string().trim().min(10, { error: "errors.questionsShort" }).max(10000, { error: "errors.descriptionLong" }),
    /** Defaults to the domain brief's 14 days. */
    dueAt: z.coerce.date().optional(),
    /** Which reports' content the agency may read; never their authors' identity. */
    evidenceComplaintIds: z.array(z.uuid()).max(200).default([]),
  })
  .refine((v) => Boolean(v.complaintId) !== Boolean(v.incidentId), { path: ["incidentId"], message: "errors.subjectRequired" });

export const answerClarificationInput = z.object({
  requestId: z.uuid(),
  body: z.string().trim().min(10, { error: "errors.answerShort" }).max(20000, { error: "errors.descriptionLong" }),
});

export const requestRefInput = z.object({ requestId: z.uuid() });

export const agencyStatementInput = z.object({
  incidentId: z.uuid(),
  body: z.string().trim().min(5, { error: "errors.updateShort" }).max(4000, { error: "errors.descriptionLong" }),
  language: z.enum(["id", "en"]).default("id"),
  bodyEn: englishText,
});

export const subjectInput = z.object({ complaintId: z.uuid().optional(), incidentId: z.uuid().optional() });

// What an agency responder is handed (declared, so nothing of a reporter can slip out): the request, what it is
// about, the shared reports' content, and their own answers.
const requestHead = {
  id: z.uuid(),
  sequence: z.number().int(),
  method: z.enum(CLARIFICATION_METHODS),
  status: z.enum(CLARIFICATION_STATUSES),
  dueAt: z.date(),
  sentAt: z.date(),
  questions: z.string(),
  overdue: z.boolean(),
};

export const agencyInboxOutput = z.array(
  z.object({
    ...requestHead,
    answeredAt: z.date().nullable(),
    incidentCode: z.string().nullable(),
    incidentTitle: z.string().nullable(),
    complaintCategory: z.enum(COMPLAINT_CATEGORIES).nullable(),
    complaintService: z.string().nullable(),
    complaintPlace: z.string().nullable(),
    complaintOccurredAt: z.date().nullable(),
  }),
);

export const agencyRequestOutput = z.object({
  ...requestHead,
  incident: z
    .object({
      code: z.string(),
      title: z.string(),
      reportCount: z.number().int(),
      firstReportAt: z.date().nullable(),
      lastReportAt: z.date().nullable(),
    })
    .nullable(),
  evidence: z.array(
    z.object({
      category: z.enum(COMPLAINT_CATEGORIES),
      occurredAt: z.date(),
      description: z.string(),
      placeName: z.string().nullable(),
      serviceName: z.string().nullable(),
    }),
  ),
  responses: z.array(z.object({ id: z.uuid(), body: z.string(), at: z.date(), attachments: z.array(attachmentRefOutput) })),
});

export const agencyIncidentsOutput = z.array(
  z.object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    status: z.enum(INCIDENT_PUBLIC_STATUSES),
    reportCount: z.number().int(),
    lastReportAt: z.date().nullable(),
  }),
);

export const answerOutput = z.object({ responseId: z.uuid() });
export const statementOutput = z.object({ updateId: z.uuid() });

// What staff read of a subject's requests: the agency's answers are free text, so declared too.
export const staffClarificationsOutput = z.array(
  z.object({
    ...requestHead,
    agencyName: z.string(),
    answeredAt: z.date().nullable(),
    responses: z.array(z.object({ id: z.uuid(), body: z.string(), at: z.date(), attachments: z.array(attachmentRefOutput) })),
  }),
);
export const sendClarificationOutput = z.object({ requestId: z.uuid(), sequence: z.number().int(), dueAt: z.date() });
