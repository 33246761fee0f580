import { z } from "zod";
import { INCIDENT_PUBLIC_STATUSES, LOCALES, SEVERITIES } from "../../db/schema/constants";

const version = z.number().int().min(1);

export const confirmIncidentInput = z.object({
  incidentId: z.uuid(),
  expectedVersion: version,
  titleId: z.string().trim().min(5, { error: "errors.titleShort" }).max(200),
  titleEn: z.string().trim().max(200).optional(),
  severity: z.enum(SEVERITIES),
});

export const updateIncidentInput = z.object({
  incidentId: z.uuid(),
  expectedVersion: version,
  titleId: z.string().trim().min(5, { error: "errors.titleShort" }).max(200).optional(),
  titleEn: z.string().trim().max(200).optional(),
  summaryId: z.string().trim().max(4000).optional(),
  summaryEn: z.string().trim().max(4000).optional(),
  severity: z.enum(SEVERITIES).optional(),
  assigneeId: z.uuid().nullable().optional(),
});

export const postIncidentUpdateInput = z.object({
  incidentId: z.uuid(),
  status: z.enum(INCIDENT_PUBLIC_STATUSES),
  body: z.string().trim().min(5, { error: "errors.updateShort" }).max(4000, { error: "errors.descriptionLong" }),
  language: z.enum(LOCALES).default("id"),
});

export const mergeIncidentsInput = z.object({ sourceId: z.uuid(), targetId: z.uuid() }).refine((v) => v.sourceId !== v.targetId, {
  path: ["targetId"],
  message: "errors.mergeSame",
});

export const splitIncidentInput = z.object({
  incidentId: z.uuid(),
  complaintIds: z.array(z.uuid()).min(1).max(1000),
  titleId: z.string().trim().min(5, { error: "errors.titleShort" }).max(200),
});

export const incidentRefInput = z.object({ incidentId: z.uuid() });
export const incidentCodeInput = z.object({ code: z.string().trim().min(1).max(20) });
