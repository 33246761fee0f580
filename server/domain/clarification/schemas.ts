import { z } from "zod";
import { CLARIFICATION_METHODS } from "../../db/schema/constants";

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
});

export const subjectInput = z.object({ complaintId: z.uuid().optional(), incidentId: z.uuid().optional() });
