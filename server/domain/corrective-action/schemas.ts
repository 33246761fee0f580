import { z } from "zod";

export const reportCorrectiveActionInput = z
  .object({
    incidentId: z.uuid().optional(),
    complaintId: z.uuid().optional(),
    description: z.string().trim().min(10, { error: "errors.textShort" }).max(10_000, { error: "errors.descriptionLong" }),
    takenAt: z.coerce.date({ error: "errors.occurredAt" }),
  })
  .refine((v) => Boolean(v.incidentId) !== Boolean(v.complaintId), { path: ["incidentId"], message: "errors.subjectRequired" });

export const correctiveActionSubjectInput = z
  .object({ incidentId: z.uuid().optional(), complaintId: z.uuid().optional() })
  .refine((v) => Boolean(v.incidentId) !== Boolean(v.complaintId), { path: ["incidentId"], message: "errors.subjectRequired" });
