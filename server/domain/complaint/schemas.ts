import { z } from "zod";
import { COMPLAINT_CATEGORIES, LOCALES } from "../../db/schema/constants";

// Form fields arrive as "" when left empty: treat that as absent.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 4000;
const EARLIEST = new Date("2000-01-01T00:00:00Z");
const FUTURE_TOLERANCE_MS = 10 * 60_000;

export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "errors.idempotencyKey" });
export const descriptionSchema = z
  .string({ error: "errors.descriptionShort" })
  .trim()
  .min(DESCRIPTION_MIN, { error: "errors.descriptionShort" })
  .max(DESCRIPTION_MAX, { error: "errors.descriptionLong" });

export const submitComplaintInput = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    category: z.enum(COMPLAINT_CATEGORIES, { error: "errors.category" }),
    serviceId: optional(z.uuid({ error: "errors.service" })),
    agencyId: optional(z.uuid({ error: "errors.agency" })),
    placeId: optional(z.uuid({ error: "errors.place" })),
    addressText: optional(z.string().trim().max(300, { error: "errors.addressLong" })),
    lat: optional(z.coerce.number({ error: "errors.latLng" }).min(-90, { error: "errors.latLng" }).max(90, { error: "errors.latLng" })),
    lng: optional(z.coerce.number({ error: "errors.latLng" }).min(-180, { error: "errors.latLng" }).max(180, { error: "errors.latLng" })),
    occurredAt: z.coerce.date({ error: "errors.occurredAt" }).min(EARLIEST, { error: "errors.occurredAt" }),
    description: descriptionSchema,
    language: z.enum(LOCALES).default("id"),
    contactName: optional(z.string().trim().max(120, { error: "errors.nameLong" })),
    contactEmail: optional(z.email({ error: "errors.email" }).max(254, { error: "errors.email" })),
    contactPhone: optional(z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,19}$/, { error: "errors.phone" })),
    confidential: z.boolean().default(true),
    alreadyComplainedToAgency: z.boolean().optional(),
    joinIncidentId: optional(z.uuid({ error: "errors.incident" })),
    joinComplaintId: optional(z.uuid({ error: "errors.incident" })),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: optional(z.string().max(0, { error: "errors.honeypot" })),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.lat === undefined ? "lat" : "lng"], message: "errors.latLng" });
    }
    if (v.occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "errors.occurredFuture" });
    }
  });

export type SubmitComplaintInput = z.input<typeof submitComplaintInput>;
export type SubmitComplaintData = z.output<typeof submitComplaintInput>;

export const trackingCodeInput = z.object({ code: z.string().trim().min(1, { error: "errors.trackingCode" }).max(40, { error: "errors.trackingCode" }) });

export const addInformationInput = z.object({
  code: z.string().trim().min(1).max(40),
  idempotencyKey: idempotencyKeySchema,
  body: z.string().trim().min(1, { error: "errors.messageEmpty" }).max(DESCRIPTION_MAX, { error: "errors.descriptionLong" }),
});

export const similarInput = z.object({
  serviceId: optional(z.uuid()),
  placeId: optional(z.uuid()),
  category: optional(z.enum(COMPLAINT_CATEGORIES)),
});

export const fixedCheckInput = z.object({ code: z.string().trim().min(1).max(40), fixed: z.boolean() });
