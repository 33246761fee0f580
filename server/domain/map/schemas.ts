import { z } from "zod";
import { bilingual, optional } from "@/server/domain/schema-helpers";
import { INCIDENT_PUBLIC_STATUSES, SEVERITIES, TOPIC_CODES } from "@/server/db/schema/constants";

const day = optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors.date" }));

/** What the public map may be filtered by; every value comes from the page's URL, so a blank one means "any". */
export const mapInput = z.object({
  topic: optional(z.enum(TOPIC_CODES)),
  service: optional(z.string().trim().max(100)),
  from: day,
  to: day,
  /** Reports still being handled and incidents not yet resolved, or the finished ones. */
  status: optional(z.enum(["open", "closed"])),
  /** One public incident's own map (its page shows it small). */
  incident: optional(z.string().trim().max(20)),
});
export type MapInput = z.input<typeof mapInput>;

const point = z.object({ lat: z.number(), lng: z.number() });

// What anyone may read of the map: counts per cell of at least five reports, and public incidents placed at the
// centre of their place's cell. No report's own point, no identity.
export const mapOutput = z.object({
  filters: z.object({
    topic: z.string().nullable(),
    service: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    status: z.enum(["open", "closed"]).nullable(),
    incident: z.string().nullable(),
  }),
  cells: z.array(
    z.object({
      id: z.string(),
      resolution: z.number().int(),
      count: z.number().int(),
      areaKm2: z.number(),
      center: point,
      outline: z.array(z.tuple([z.number(), z.number()])),
      /** The nearest named place: a landmark for a fine cell, its city or province for a coarse one. */
      label: z.string().nullable(),
    }),
  ),
  markers: z.array(
    z.object({
      code: z.string(),
      title: bilingual,
      status: z.enum(INCIDENT_PUBLIC_STATUSES),
      severity: z.enum(SEVERITIES),
      reportCount: z.number().int(),
      place: z.string(),
      center: point,
    }),
  ),
  /** Named public places (airports, stations, offices), drawn faintly to show where the cells are when there are no tiles. */
  landmarks: z.array(z.object({ name: z.string(), lat: z.number(), lng: z.number() })),
  total: z.number().int(),
  /** Reports counted only in the total: their cell, even merged up, holds too few to draw. */
  hidden: z.number().int(),
  /** Reports with no point at all (no pin, and a place without coordinates). */
  unplaced: z.number().int(),
});
export type PublicMap = z.output<typeof mapOutput>;
