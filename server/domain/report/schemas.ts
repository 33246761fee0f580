import { z } from "zod";
import { LOCALES, MALADMINISTRATION_TYPES } from "../../db/schema/constants";

const text = (max: number) => z.string().trim().max(max, { error: "errors.descriptionLong" });

export const createReportInput = z.object({
  title: z.string().trim().min(5, { error: "errors.titleShort" }).max(300),
  summary: text(4000).default(""),
  bodyMd: text(100_000).default(""),
  findings: text(20_000).default(""),
  maladministrationTypes: z.array(z.enum(MALADMINISTRATION_TYPES)).max(9).default([]),
  incidentIds: z.array(z.uuid()).min(1, { error: "errors.incidentRequired" }).max(50),
  language: z.enum(LOCALES).default("id"),
});

export const updateReportInput = createReportInput
  .omit({ incidentIds: true })
  .partial()
  .extend({
    reportId: z.uuid(),
    expectedVersion: z.number().int().min(1),
    timeline: z.array(z.object({ at: z.string().min(1).max(40), text: z.string().trim().min(1).max(1000) })).max(200).optional(),
  });

export const addRecommendationInput = z.object({
  reportId: z.uuid(),
  agencyId: z.uuid({ error: "errors.agency" }),
  body: z.string().trim().min(10, { error: "errors.textShort" }).max(4000),
  dueAt: z.coerce.date({ error: "errors.dueAt" }),
});

export const reportRefInput = z.object({ reportId: z.uuid() });
export const publishReportInput = z.object({ reportId: z.uuid(), correctionNote: z.string().trim().max(2000).optional() });
export const reportSlugInput = z.object({ slug: z.string().trim().min(1).max(200) });
