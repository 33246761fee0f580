import { z } from "zod";
import { bilingual } from "@/server/domain/schema-helpers";
import { CHANNELS, COMPLAINT_CATEGORIES, EVIDENCE_PARTS, RECOMMENDATION_STATUSES } from "@/server/db/schema/constants";

/** A count as published: null when fewer than the small-cell minimum (the number is withheld, as in open data). */
const cell = z.number().int().min(0).nullable();
const instant = z.iso.datetime({ offset: true });

/**
 * The evidence pack: figures computed from the record, never typed by staff. Stored as JSON with each
 * published version, so its shape is versioned (`schema`) and validated on the way out as on the way in.
 */
export const evidencePackSchema = z.object({
  schema: z.literal(1),
  computedAt: instant,
  parts: z.array(z.enum(EVIDENCE_PARTS)),
  incidents: z.array(z.object({ code: z.string(), title: bilingual })),
  totalReports: z.number().int().min(0),
  /** Buckets of reports over time: hours, or days for an incident longer than four days. */
  series: z.object({
    unit: z.enum(["hour", "day"]),
    points: z.array(z.object({ at: instant, count: cell })),
  }),
  outages: z.array(z.object({ monitor: z.string(), startedAt: instant, endedAt: instant.nullable(), failedChecks: z.number().int() })),
  channels: z.array(z.object({ key: z.enum([...CHANNELS, "other"]), count: cell })),
  categories: z.array(z.object({ key: z.enum([...COMPLAINT_CATEGORIES, "other"]), count: cell })),
  /** `unknown`: reports that named no place; `other`: places with too few reports to show apart. */
  places: z.array(z.object({ name: z.string().nullable(), kind: z.enum(["place", "unknown", "other"]), count: cell })),
  milestones: z.object({
    firstReport: instant.nullable(),
    confirmed: instant.nullable(),
    firstPublicUpdate: instant.nullable(),
    agencyFirstAnswer: instant.nullable(),
    serviceRestored: z.object({ at: instant, source: z.enum(["monitor", "agency"]) }).nullable(),
  }),
  clarifications: z.array(
    z.object({
      agency: bilingual,
      sentAt: instant,
      dueAt: instant,
      answeredAt: instant.nullable(),
      limitWorkingDays: z.number().int(),
      /** Working days it took, or has taken so far while unanswered. */
      workingDays: z.number().int(),
      withinDeadline: z.boolean().nullable(),
    }),
  ),
  recommendations: z.array(z.object({ ordinal: z.number().int(), agency: bilingual, status: z.enum(RECOMMENDATION_STATUSES), dueAt: instant })),
});
export type EvidencePack = z.infer<typeof evidencePackSchema>;

/** The pack as published: only the parts the report includes (the rest emptied), so nothing left out is frozen with it. */
export function includedParts(pack: EvidencePack): EvidencePack {
  const has = (part: (typeof EVIDENCE_PARTS)[number]) => pack.parts.includes(part);
  return {
    ...pack,
    series: has("hourly") ? pack.series : { unit: pack.series.unit, points: [] },
    outages: has("hourly") || has("milestones") ? pack.outages : [],
    channels: has("channels") ? pack.channels : [],
    categories: has("categories") ? pack.categories : [],
    places: has("places") ? pack.places : [],
    milestones: has("milestones")
      ? pack.milestones
      : { firstReport: null, confirmed: null, firstPublicUpdate: null, agencyFirstAnswer: null, serviceRestored: null },
    clarifications: has("clarifications") ? pack.clarifications : [],
    recommendations: has("recommendations") ? pack.recommendations : [],
  };
}

/** A stored pack read back: validated, or null for a version published without one (or in a shape this code no longer reads). */
export function readEvidence(stored: unknown): EvidencePack | null {
  const parsed = evidencePackSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
