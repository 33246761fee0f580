import { z } from "zod";
import { auditTrailOutput, bilingual, optional } from "@/server/domain/schema-helpers";
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_STAGES,
  INCIDENT_PUBLIC_STATUSES,
  INCIDENT_STATES,
  LOCALES,
  SEVERITIES,
} from "@/server/db/schema/constants";

const version = z.number().int().min(1);

/** The English text of an update written in Indonesian: optional, a blank field means none. */
export const englishText = optional(z.string().trim().min(5, { error: "errors.updateShort" }).max(4000, { error: "errors.descriptionLong" }));

export const confirmIncidentInput = z.object({
  incidentId: z.uuid(),
  expectedVersion: version,
  titleId: z.string().trim().min(5, { error: "errors.titleShort" }).max(200),
  titleEn: z.string().trim().max(200).optional(),
  severity: z.enum(SEVERITIES),
});

// Editing an incident's own fields is "edit"; an "update" in this folder is always a public status update
// (incident_updates: post-update, public-update-columns, updates-feed).
export const editIncidentInput = z.object({
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
  bodyEn: englishText,
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

const hourly = z.array(z.object({ hour: z.string(), count: z.number() }));

// What the public reads of incidents (declared: nothing of any reporter).
const update = z.object({
  status: z.string(),
  body: z.string(),
  language: z.string(),
  bodyEn: z.string().nullable(),
  byAgency: z.boolean(),
  at: z.date(),
});
const boardIncident = z.object({
  code: z.string(),
  title: bilingual,
  status: z.string(),
  severity: z.string(),
  reportCount: z.number(),
  placeCount: z.number(),
  places: z.array(z.string()),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  service: bilingual.nullable(),
  agency: bilingual.extend({ slug: z.string() }).nullable(),
  updates: z.array(update),
});
export const boardOutput = z.object({
  active: z.array(boardIncident),
  resolved: z.array(boardIncident),
  history: z.array(
    z.object({
      service: bilingual,
      agency: bilingual,
      monitor: z.object({ state: z.enum(["up", "down", "pending"]), since: z.date().nullable() }).nullable(),
      days: z.array(z.object({ day: z.string(), severity: z.string().nullable(), uptime: z.number().nullable() })),
    }),
  ),
});

export const activeMajorOutput = z.array(z.object({ code: z.string(), title: bilingual, status: z.string() }));

export const publicIncidentOutput = z.object({
  code: z.string(),
  title: bilingual,
  summary: bilingual,
  status: z.string(),
  severity: z.string(),
  serviceName: bilingual.nullable(),
  agencyName: bilingual.nullable(),
  places: z.array(z.string()),
  reportCount: z.number(),
  firstReportAt: z.date().nullable(),
  peakAt: z.date().nullable(),
  lastReportAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  updates: z.array(update),
  hourly,
  measuredDowntime: z.array(z.object({ startedAt: z.date(), endedAt: z.date().nullable() })),
});

// What staff are handed of an incident: its member reports' content, never their reporters.
export const incidentDetailOutput = z.object({
  id: z.uuid(),
  code: z.string(),
  titleId: z.string(),
  titleEn: z.string(),
  summaryId: z.string(),
  summaryEn: z.string(),
  agencyId: z.uuid().nullable(),
  serviceId: z.uuid().nullable(),
  state: z.enum(INCIDENT_STATES),
  publicStatus: z.enum(INCIDENT_PUBLIC_STATUSES),
  severity: z.enum(SEVERITIES),
  isPublic: z.boolean(),
  detectedBySurge: z.boolean(),
  mergedIntoId: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  reportCount: z.number().int(),
  firstReportAt: z.date().nullable(),
  peakAt: z.date().nullable(),
  lastReportAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  confirmedAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  serviceName: z.string().nullable(),
  agencyName: z.string().nullable(),
  places: z.array(z.object({ id: z.uuid(), name: z.string() })),
  updates: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(INCIDENT_PUBLIC_STATUSES),
      body: z.string(),
      language: z.enum(LOCALES),
      bodyEn: z.string().nullable(),
      authorId: z.uuid().nullable(),
      agencyId: z.uuid().nullable(),
      createdAt: z.date(),
    }),
  ),
  complaints: z.array(
    z.object({
      id: z.uuid(),
      trackingCode: z.string(),
      category: z.enum(COMPLAINT_CATEGORIES),
      stage: z.enum(COMPLAINT_STAGES),
      kind: z.enum(COMPLAINT_KINDS),
      createdAt: z.date(),
      placeName: z.string().nullable(),
      score: z.number().nullable(),
      excerpt: z.string(),
    }),
  ),
  hourly,
  audit: auditTrailOutput,
  measuredDowntime: z.array(z.object({ startedAt: z.date(), endedAt: z.date().nullable(), failedChecks: z.number().int(), monitor: z.string() })),
});

export const incidentVersionOutput = z.object({ version: z.number().int() });
export const postIncidentUpdateOutput = z.object({ updateId: z.uuid() });
export const mergeIncidentsOutput = z.object({ moved: z.number().int(), reportCount: z.number().int() });
export const splitIncidentOutput = z.object({ incidentId: z.uuid(), code: z.string() });
export const ownMotionOutput = z.object({ complaintId: z.uuid(), trackingCode: z.string() });
