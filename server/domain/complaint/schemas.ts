import { z } from "zod";
import { ownRating, staffRating } from "@/server/domain/rating/schemas";
import { bilingual } from "@/server/domain/schema-helpers";
import {
  ATTACHMENT_MIME_TYPES,
  CHANNELS,
  CLOSE_OUTCOMES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_STAGES,
  LOCALES,
  MESSAGE_DIRECTIONS,
  PRIORITIES,
  TOPIC_CODES,
} from "@/server/db/schema/constants";
import { auditTrailOutput, blankToUndefined, listParam, optional } from "@/server/domain/schema-helpers";
import { PROCEDURE_ACTIONS } from "@/server/domain/procedure/machine";

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
    /** Left out by channels that ask nothing but the text (mail, staff intake): triage sets it, else "other". */
    category: optional(z.enum(COMPLAINT_CATEGORIES, { error: "errors.category" })),
    topicCode: optional(z.enum(TOPIC_CODES, { error: "errors.topic" })),
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
    contactPhone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, { error: "errors.phone" }),
    ),
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

export const trackingCodeInput = z.object({
  code: z.string().trim().min(1, { error: "errors.trackingCode" }).max(40, { error: "errors.trackingCode" }),
});

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

export const reviewRapidResponseInput = z
  .object({
    complaintId: z.uuid(),
    decision: z.enum(["confirm", "revert"]),
    expectedVersion: z.number().int().min(1),
    reason: z.string().trim().max(4000).optional(),
  })
  .refine((v) => v.decision === "confirm" || Boolean(v.reason), { path: ["reason"], message: "errors.reasonRequired" });

const procedureAction = z.literal(PROCEDURE_ACTIONS);

export const transitionInput = z.object({
  complaintId: z.uuid(),
  action: procedureAction,
  /** The version the person saw: a save against an older one is refused, never silently applied. */
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().max(4000).optional(),
  publicNote: z.string().trim().max(4000).optional(),
});

export const QUEUE_SORTS = ["newest", "oldest", "due"] as const;

export const queueInput = z.object({
  stage: listParam(z.enum(COMPLAINT_STAGES)),
  category: listParam(z.enum(COMPLAINT_CATEGORIES)),
  channel: listParam(z.enum(CHANNELS)),
  priority: listParam(z.enum(PRIORITIES)),
  agencyId: optional(z.uuid()),
  serviceId: optional(z.uuid()),
  placeId: optional(z.uuid()),
  incidentId: optional(z.uuid()),
  from: optional(z.coerce.date()),
  to: optional(z.coerce.date()),
  deadline: optional(z.enum(["due_soon", "overdue"])),
  assignee: optional(z.union([z.literal("me"), z.literal("none"), z.uuid()])),
  q: optional(z.string().trim().max(200)),
  sort: z.preprocess(blankToUndefined, z.enum(QUEUE_SORTS).default("newest")),
  cursor: optional(z.string().max(200)),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type QueueInput = z.input<typeof queueInput>;

export const bulkIds = z.array(z.uuid()).min(1).max(500);

export const assignInput = z.object({ complaintIds: bulkIds, assigneeId: z.uuid().nullable() });

export const priorityInput = z.object({ complaintIds: bulkIds, priority: z.enum(PRIORITIES) });

export const linkInput = z.object({ complaintIds: bulkIds, incidentId: z.uuid() });

export const complaintRefInput = z.object({ complaintId: z.uuid() });

export const noteInput = z.object({ complaintId: z.uuid(), body: z.string().trim().min(1, { error: "errors.messageEmpty" }).max(10000) });

export const revealIdentityInput = z.object({
  complaintId: z.uuid(),
  reason: z.string().trim().min(10, { error: "errors.revealReason" }).max(500, { error: "errors.revealReason" }),
});

export const reporterMessageInput = z.object({ complaintId: z.uuid(), body: z.string().trim().min(1, { error: "errors.messageEmpty" }).max(4000) });

// What a reporter and the public are handed (declared, so nothing personal can slip out by accident).
export const submitOutput = z.object({ trackingCode: z.string(), createdAt: z.date(), incidentId: z.string().nullable(), replayed: z.boolean() });
export const trackOutput = z.object({
  trackingCode: z.string(),
  status: z.string(),
  outcome: z.string().nullable(),
  category: z.string(),
  serviceName: bilingual.nullable(),
  agencyName: bilingual.nullable(),
  placeName: z.string().nullable(),
  occurredAt: z.date(),
  submittedAt: z.date(),
  description: z.string(),
  attachmentCount: z.number(),
  canAddInformation: z.boolean(),
  fixedCheckOpen: z.boolean(),
  rating: ownRating.nullable(),
  canRate: z.boolean(),
  incident: z.object({ code: z.string(), title: bilingual, status: z.string() }).nullable(),
  timeline: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("status"), at: z.date(), status: z.string(), outcome: z.string().nullable(), note: z.string().nullable() }),
      z.object({ kind: z.literal("message"), at: z.date(), fromReporter: z.boolean(), body: z.string() }),
      z.object({
        kind: z.literal("incident_update"),
        at: z.date(),
        status: z.string(),
        body: z.string(),
        language: z.string(),
        bodyEn: z.string().nullable(),
        byAgency: z.boolean(),
      }),
    ]),
  ),
});
export const similarOutput = z.object({
  incidents: z.array(z.object({ id: z.string(), code: z.string(), title: bilingual, reportCount: z.number(), lastReportAt: z.date().nullable() })),
  recent: z.array(
    z.object({ id: z.string(), category: z.string(), serviceName: bilingual.nullable(), placeName: z.string().nullable(), createdAt: z.date() }),
  ),
});

export const addInformationOutput = z.object({ added: z.boolean() });
export const fixedCheckOutput = z.object({ reopened: z.boolean() });

// What staff are handed (declared, so a new column — a request fingerprint, a stored key — never reaches a
// screen by accident, and a confidential reporter arrives as a pseudonym unless revealed on purpose).
const stage = z.enum(COMPLAINT_STAGES);
const outcome = z.enum(CLOSE_OUTCOMES).nullable();
const named = z.object({ id: z.uuid(), code: z.string(), title: z.string() });

export const queueOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      trackingCode: z.string(),
      kind: z.enum(COMPLAINT_KINDS),
      category: z.enum(COMPLAINT_CATEGORIES),
      channel: z.enum(CHANNELS),
      stage,
      priority: z.enum(PRIORITIES),
      rapidResponse: z.boolean(),
      createdAt: z.date(),
      dueAt: z.date().nullable(),
      overdue: z.boolean(),
      dueSoon: z.boolean(),
      serviceName: z.string().nullable(),
      placeName: z.string().nullable(),
      assigneeName: z.string().nullable(),
      incidentId: z.uuid().nullable(),
      incidentCode: z.string().nullable(),
      suggestedIncidentId: z.uuid().nullable(),
      excerpt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

const pseudonym = z.string();
const revealedContact = { name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() };
export const reporterIdentityOutput = z.discriminatedUnion("hidden", [
  z.object({ pseudonym, hidden: z.literal(true), has: z.object({ name: z.boolean(), email: z.boolean(), phone: z.boolean() }) }),
  z.object({ pseudonym, hidden: z.literal(false), ...revealedContact }),
]);
export const revealIdentityOutput = z.object({ pseudonym, ...revealedContact });

export const complaintDetailOutput = z.object({
  complaint: z.object({
    id: z.uuid(),
    trackingCode: z.string(),
    kind: z.enum(COMPLAINT_KINDS),
    channel: z.enum(CHANNELS),
    category: z.enum(COMPLAINT_CATEGORIES),
    topicCode: z.enum(TOPIC_CODES).nullable(),
    agencyId: z.uuid().nullable(),
    serviceId: z.uuid().nullable(),
    placeId: z.uuid().nullable(),
    addressText: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    occurredAt: z.date(),
    description: z.string(),
    language: z.enum(LOCALES),
    stage,
    outcome,
    priority: z.enum(PRIORITIES),
    rapidResponse: z.boolean(),
    confidential: z.boolean(),
    alreadyComplainedToAgency: z.boolean().nullable(),
    assigneeId: z.uuid().nullable(),
    incidentId: z.uuid().nullable(),
    incidentScore: z.number().nullable(),
    suggestedIncidentId: z.uuid().nullable(),
    suggestedScore: z.number().nullable(),
    dueAt: z.date().nullable(),
    stageChangedAt: z.date(),
    closedAt: z.date().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  }),
  serviceName: z.string().nullable(),
  agencyName: z.string().nullable(),
  placeName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  incident: named.nullable(),
  suggestion: named.extend({ score: z.number().nullable() }).nullable(),
  contact: reporterIdentityOutput.nullable(),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      originalName: z.string(),
      mimeType: z.enum(ATTACHMENT_MIME_TYPES),
      sizeBytes: z.number().int(),
      messageId: z.uuid().nullable(),
      removedAt: z.date().nullable(),
    }),
  ),
  history: z.array(
    z.object({
      id: z.uuid(),
      from: stage.nullable(),
      to: stage,
      outcome,
      reason: z.string().nullable(),
      publicNote: z.string().nullable(),
      at: z.date(),
      actorName: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({ id: z.uuid(), direction: z.enum(MESSAGE_DIRECTIONS), body: z.string(), at: z.date(), authorName: z.string().nullable() }),
  ),
  notes: z.array(z.object({ id: z.uuid(), body: z.string(), at: z.date(), authorName: z.string().nullable() })),
  audit: auditTrailOutput,
  actions: z.array(procedureAction),
  cannedResponses: z.array(
    z.object({ id: z.uuid(), key: z.string(), titleId: z.string(), titleEn: z.string(), bodyId: z.string(), bodyEn: z.string() }),
  ),
  rating: staffRating.nullable(),
});

export const rapidResponsesOutput = z.array(
  z.object({
    id: z.uuid(),
    trackingCode: z.string(),
    version: z.number().int(),
    stage,
    at: z.date().nullable(),
    reason: z.string(),
    startedBy: z.string(),
  }),
);
export const transitionOutput = z.object({ stage, outcome, dueAt: z.date().nullable(), version: z.number().int() });

export const bulkOutput = z.object({ updated: z.number().int() });
export const noteOutput = z.object({ noteId: z.uuid() });
export const reporterMessageOutput = z.object({ messageId: z.uuid() });
export const rapidReviewOutput = z.object({ decision: z.enum(["confirm", "revert"]) });
