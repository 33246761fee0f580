import { z } from "zod";
import { ADMIN_REQUEST_KINDS, ADMIN_REQUEST_STATUSES, AGENCY_KINDS, LOCALES, ROLES, TOPIC_CODES } from "@/server/db/schema/constants";

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "errors.slug" })
  .max(80);
const name = z.string().trim().min(2, { error: "errors.nameShort" }).max(200, { error: "errors.nameLong" });
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const agencyInput = z.object({
  slug,
  acronym: z.preprocess(blank, z.string().trim().max(40).optional()),
  nameId: name,
  nameEn: name,
  kind: z.enum(AGENCY_KINDS),
  parentId: z.preprocess(blank, z.uuid().optional()),
  contactEmail: z.preprocess(blank, z.email({ error: "errors.email" }).optional()),
});
export const updateAgencyInput = agencyInput.partial().extend({ agencyId: z.uuid(), active: z.boolean().optional() });

const serviceFields = {
  agencyId: z.uuid({ error: "errors.agency" }),
  code: slug,
  nameId: name,
  nameEn: name,
  descriptionId: z.string().trim().max(2000),
  descriptionEn: z.string().trim().max(2000),
  keywords: z.string().trim().max(500),
  /** Other names people use for it, space-separated like keywords (triage reads both). */
  aliases: z.string().trim().max(500),
  group: z.string().trim().max(100),
  topicCode: z.enum(TOPIC_CODES, { error: "errors.topic" }),
};
export const serviceInput = z.object({
  ...serviceFields,
  descriptionId: serviceFields.descriptionId.default(""),
  descriptionEn: serviceFields.descriptionEn.default(""),
  keywords: serviceFields.keywords.default(""),
  aliases: serviceFields.aliases.default(""),
  group: serviceFields.group.default(""),
  topicCode: serviceFields.topicCode.default("other"),
});
// Without the defaults: a partial update changes only what it names.
export const updateServiceInput = z.object(serviceFields).partial().extend({ serviceId: z.uuid(), active: z.boolean().optional() });

/** An admin relabels a national topic; its code stays. */
export const updateTopicInput = z.object({ code: z.enum(TOPIC_CODES, { error: "errors.topic" }), labelId: name, labelEn: name });

export const placeInput = z
  .object({
    slug,
    name,
    address: z.string().trim().max(300).default(""),
    city: z.string().trim().max(100).default(""),
    province: z.string().trim().max(100).default(""),
    lat: z.preprocess(blank, z.coerce.number().min(-90, { error: "errors.latLng" }).max(90, { error: "errors.latLng" }).optional()),
    lng: z.preprocess(blank, z.coerce.number().min(-180, { error: "errors.latLng" }).max(180, { error: "errors.latLng" }).optional()),
  })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { path: ["lng"], message: "errors.latLng" });

const email = z
  .email({ error: "errors.email" })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const createAccountInput = z
  .object({
    email,
    name,
    role: z.enum(ROLES),
    agencyId: z.preprocess(blank, z.uuid().optional()),
    locale: z.enum(LOCALES).default("id"),
  })
  .refine((v) => (v.role === "agency_responder") === Boolean(v.agencyId), { path: ["agencyId"], message: "errors.responderAgency" });

export const accountRefInput = z.object({ userId: z.uuid() });
export const setAccountActiveInput = z.object({ userId: z.uuid(), active: z.boolean() });

/** What one admin asks and another must approve (four eyes): a new admin, or a reset of an account's secrets. */
export const newAdminInput = z.object({ email, name, locale: z.enum(LOCALES).default("id") });
export const adminRequestInput = z.discriminatedUnion("kind", [
  newAdminInput.extend({ kind: z.literal("create_admin") }),
  z.object({ kind: z.literal("reset_password"), userId: z.uuid() }),
  z.object({ kind: z.literal("reset_two_factor"), userId: z.uuid() }),
]);
export const decideAdminRequestInput = z.object({ requestId: z.uuid(), decision: z.enum(["approve", "reject", "cancel"]) });

// What admins are handed (declared: people's names and addresses, and a temporary password only where one was
// just issued).
export const adminCatalogOutput = z.object({
  agencies: z.array(
    z.object({
      id: z.uuid(),
      slug: z.string(),
      nameId: z.string(),
      acronym: z.string().nullable(),
      kind: z.enum(AGENCY_KINDS),
      active: z.boolean(),
      services: z.number().int(),
    }),
  ),
  services: z.array(z.object({ id: z.uuid(), code: z.string(), nameId: z.string(), agencyId: z.uuid(), active: z.boolean() })),
  places: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), city: z.string(), active: z.boolean() })),
});

export const accountsOutput = z.array(
  z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    agencyName: z.string().nullable(),
    lastSignInAt: z.date().nullable(),
    twoFactorEnabled: z.boolean(),
  }),
);

export const identityRevealsOutput = z.array(
  z.object({
    at: z.date(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    complaintId: z.uuid(),
    trackingCode: z.string(),
    reason: z.string(),
  }),
);

export const adminRequestsOutput = z.array(
  z.object({
    id: z.uuid(),
    kind: z.enum(ADMIN_REQUEST_KINDS),
    requestedAt: z.date(),
    expiresAt: z.date(),
    requestedById: z.uuid(),
    requestedByName: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    targetName: z.string().nullable(),
    targetEmail: z.string().nullable(),
  }),
);

export const createAccountOutput = z.object({ userId: z.uuid(), temporaryPassword: z.string() });
export const resetPasswordOutput = z.object({ temporaryPassword: z.string() });
export const adminRequestOutput = z.object({ requestId: z.uuid(), status: z.literal("pending") });
export const decideAdminRequestOutput = z.object({
  status: z.enum(ADMIN_REQUEST_STATUSES).exclude(["pending"]),
  userId: z.uuid().nullable(),
  temporaryPassword: z.string().nullable(),
});
export const accountActiveOutput = z.object({ active: z.boolean() });

/** What a catalogue change answers: the row's id (the admin page reloads the catalogue it shows). */
export const catalogueRowOutput = z.object({ id: z.uuid() });
export const topicOutput = z.object({ code: z.enum(TOPIC_CODES) });
