import { z } from "zod";
import { COMPLAINT_CATEGORIES, TOPIC_CODES, TRIAGE_FIELDS } from "@/server/db/schema/constants";
import { DESCRIPTION_MAX } from "@/server/domain/complaint/schemas";

/** Text typed so far, for live suggestions (empty gives none). */
export const classifyTextInput = z.object({ text: z.string().max(DESCRIPTION_MAX, { error: "errors.descriptionLong" }) });
export type ClassifyTextInput = z.input<typeof classifyTextInput>;

/**
 * Staff set or correct a report's classification. A field left out stays as it is; `null` clears a service,
 * agency or place. The version guards against two people correcting one report at once.
 */
export const setClassificationInput = z.object({
  complaintId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  topicCode: z.enum(TOPIC_CODES, { error: "errors.topic" }).optional(),
  serviceId: z.uuid({ error: "errors.service" }).nullable().optional(),
  agencyId: z.uuid({ error: "errors.agency" }).nullable().optional(),
  category: z.enum(COMPLAINT_CATEGORIES, { error: "errors.category" }).optional(),
  placeId: z.uuid({ error: "errors.place" }).nullable().optional(),
});
export type SetClassificationInput = z.input<typeof setClassificationInput>;

const threshold = z.number({ error: "errors.threshold" }).min(0.5, { error: "errors.threshold" }).max(1.01, { error: "errors.threshold" });

/** Admin overrides of the auto-apply thresholds the model chose (1.01 = never apply that field). */
export const triageThresholdsInput = z.object({ topic: threshold, service: threshold, agency: threshold, category: threshold, place: threshold });
export type TriageThresholds = z.output<typeof triageThresholdsInput>;

// A category has no row: its label is the UI's own message (categories.*), so it comes without one.
const ranked = z.array(
  z.object({ code: z.string(), id: z.string().nullable(), label: z.object({ id: z.string(), en: z.string() }).nullable(), p: z.number() }),
);

/** Suggestions as staff see them: best first, with names in both languages. */
export const suggestionsOutput = z.object({
  modelVersion: z.number().nullable(),
  topic: ranked,
  service: ranked,
  agency: ranked,
  category: ranked,
  place: ranked,
});
export type SuggestionsOutput = z.output<typeof suggestionsOutput>;

const perField = z.record(z.enum(TRIAGE_FIELDS), z.number());

/** A report's triage on its console page: the suggestions, what was applied, and who decided. */
export const complaintTriageOutput = z.object({
  suggestions: suggestionsOutput,
  applied: z.partialRecord(z.enum(TRIAGE_FIELDS), z.number()),
  decided: z.object({ at: z.date(), by: z.string().nullable() }).nullable(),
  modelAvailable: z.boolean(),
});
export const classifyOutput = z.object({
  version: z.number().int(),
  changed: z.array(z.enum(["topicCode", "serviceId", "agencyId", "category", "placeId"])),
  leftIncident: z.boolean(),
});

export const triageOverviewOutput = z.object({
  models: z.array(
    z.object({
      version: z.number().int(),
      current: z.boolean(),
      trainedExamples: z.number().int(),
      createdAt: z.date(),
      heldOut: z
        .object({
          topicTop1: z.number(),
          topicTop3: z.number(),
          categoryTop1: z.number(),
          serviceTop3: z.number(),
          placeFound: z.number(),
          autoApplyPrecision: z.number().nullable(),
          coverage: z.number(),
        })
        .nullable(),
    }),
  ),
  thresholds: perField.nullable(),
  overridden: z.unknown(),
  trainingRequestedAt: z.date().nullable(),
});
export const trainingRequestOutput = z.object({ requestedAt: z.date() });
export const recordReportOutput = z.object({ complaintId: z.uuid(), trackingCode: z.string(), replayed: z.boolean() });
