import { z } from "zod";
import { attachmentRefOutput } from "@/server/domain/attachment/schemas";

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

/** The corrective actions an agency reported, as it reads them back. */
export const agencyActionsOutput = z.array(
  z.object({
    id: z.uuid(),
    description: z.string(),
    takenAt: z.date(),
    createdAt: z.date(),
    agencyName: z.string(),
    incidentCode: z.string().nullable(),
    attachments: z.array(attachmentRefOutput),
  }),
);

export const reportActionOutput = z.object({ id: z.uuid() });
