import { z } from "zod";
import { COMPLAINT_CATEGORIES, TOPIC_CODES } from "@/server/db/schema/constants";
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
