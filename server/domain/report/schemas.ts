import { z } from "zod";
import { EVIDENCE_PARTS, LOCALES, MALADMINISTRATION_TYPES, REPORT_STATUSES } from "@/server/db/schema/constants";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { blankToUndefined } from "@/server/domain/schema-helpers";
import { evidencePackSchema } from "./evidence/pack";
import { recommendationHead } from "@/server/domain/recommendation/schemas";

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

/**
 * A timeline entry's time: an ISO date, or date and time, with or without a zone (none means Jakarta time),
 * stored as an ISO instant. Free text is refused: the public page and PDF format it as a date.
 */
const timelineAt = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, { error: "errors.timelineDate" })
  .transform((v, ctx) => {
    const at = /T.*(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : wibInstant(v);
    if (Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: "errors.timelineDate" });
      return z.NEVER;
    }
    return at.toISOString();
  });

/** Only the fields sent change: no field falls back to a default here (that would blank what was left out). */
export const updateReportInput = z.object({
  reportId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  title: createReportInput.shape.title.optional(),
  summary: text(4000).optional(),
  bodyMd: text(100_000).optional(),
  findings: text(20_000).optional(),
  maladministrationTypes: z.array(z.enum(MALADMINISTRATION_TYPES)).max(9).optional(),
  language: z.enum(LOCALES).optional(),
  timeline: z
    .array(z.object({ at: timelineAt, text: z.string().trim().min(1).max(1000) }))
    .max(200)
    .optional(),
  /** Which computed evidence parts the report includes; the figures themselves are never sent. */
  evidenceParts: z
    .array(z.enum(EVIDENCE_PARTS, { error: "errors.evidencePart" }))
    .max(EVIDENCE_PARTS.length)
    .transform((parts) => EVIDENCE_PARTS.filter((p) => parts.includes(p)))
    .optional(),
});

export const addRecommendationInput = z.object({
  reportId: z.uuid(),
  agencyId: z.uuid({ error: "errors.agency" }),
  body: z.string().trim().min(10, { error: "errors.textShort" }).max(4000),
  dueAt: z.coerce.date({ error: "errors.dueAt" }),
});

export const reportRefInput = z.object({ reportId: z.uuid() });

export const publishReportInput = z.object({
  reportId: z.uuid(),
  /** The version the approving admin read: publishing fails if the text changed since. */
  expectedVersion: z.number().int().min(1),
  correctionNote: z.string().trim().max(2000).optional(),
});

export const reportSlugInput = z.object({ slug: z.string().trim().min(1).max(200) });

export const publishedListInput = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  agency: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  type: z.preprocess(blankToUndefined, z.enum(MALADMINISTRATION_TYPES).optional()),
});

/** A published report as the public reads it (declared: nothing else of the record leaves). */
export const publishedOutput = z.object({
  slug: z.string(),
  language: z.string(),
  version: z.number(),
  title: z.string(),
  summary: z.string(),
  bodyMd: z.string(),
  findings: z.string(),
  html: z.object({ summary: z.string(), body: z.string(), findings: z.string() }),
  maladministrationTypes: z.array(z.string()),
  timeline: z.array(z.object({ at: z.string(), text: z.string() })),
  evidence: evidencePackSchema.nullable(),
  firstPublishedAt: z.date().nullable(),
  versions: z.array(z.object({ version: z.number(), publishedAt: z.date(), isCorrection: z.boolean(), correctionNote: z.string().nullable() })),
  recommendations: z.array(
    z.object({
      ordinal: z.number(),
      body: z.string(),
      dueAt: z.date(),
      status: z.string(),
      agencyName: z.string(),
      overdue: z.boolean(),
      history: z.array(z.object({ at: z.date(), status: z.string(), note: z.string() })),
    }),
  ),
  incidents: z.array(z.object({ code: z.string(), title: z.string() })),
});

/** The list of published reports. */
export const publishedListOutput = z.array(
  z.object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    publishedAt: z.date(),
    updatedAt: z.date(),
    version: z.number(),
    maladministrationTypes: z.array(z.string()),
    agencies: z.array(z.string()),
  }),
);

// What staff read of a draft: its text, who wrote and submitted it (four eyes is judged on these), what it covers.
export const reportDraftOutput = z.object({
  id: z.uuid(),
  slug: z.string(),
  status: z.enum(REPORT_STATUSES),
  language: z.enum(LOCALES),
  title: z.string(),
  summary: z.string(),
  bodyMd: z.string(),
  findings: z.string(),
  maladministrationTypes: z.array(z.string()),
  timeline: z.array(z.object({ at: z.string(), text: z.string() })),
  evidenceParts: z.array(z.enum(EVIDENCE_PARTS)),
  publishedVersion: z.number().int(),
  createdById: z.uuid(),
  lastEditedById: z.uuid().nullable(),
  submittedById: z.uuid().nullable(),
  contributorIds: z.array(z.uuid()),
  publishedById: z.uuid().nullable(),
  publishedAt: z.date().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  incidents: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
  recommendations: z.array(z.object(recommendationHead)),
  evidence: evidencePackSchema,
});

export const reportsOutput = z.array(
  z.object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    status: z.enum(REPORT_STATUSES),
    publishedVersion: z.number().int(),
    publishedAt: z.date().nullable(),
    updatedAt: z.date(),
  }),
);

export const createReportOutput = z.object({ id: z.uuid(), slug: z.string() });
export const reportVersionOutput = z.object({ version: z.number().int() });
export const addRecommendationOutput = z.object({ id: z.uuid(), ordinal: z.number().int(), version: z.number().int() });
export const submitReportOutput = z.object({ status: z.literal("in_review") });
export const publishReportOutput = z.object({ slug: z.string(), version: z.number().int() });
