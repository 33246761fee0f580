import { and, asc, count, eq } from "drizzle-orm";
import {
  agencies,
  attachments,
  complaintMessages,
  complaintStageEvents,
  complaints,
  incidentUpdates,
  incidents,
  places,
  services,
} from "../../db/schema";
import type { CloseOutcome, ComplaintCategory, IncidentPublicStatus, Locale } from "../../db/schema/constants";
import { retryWhileUnavailable } from "../../db/unavailable";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";
import { isFixedCheckOpen } from "./fixed-check";
import { publicStatusOf, type PublicStatus } from "./public-status";
import { trackingCodeInput } from "./schemas";
import { normalizeTrackingCode } from "./tracking-code";

export type TimelineItem =
  | { kind: "status"; at: Date; status: PublicStatus; outcome: CloseOutcome | null; note: string | null }
  | { kind: "message"; at: Date; fromReporter: boolean; body: string }
  | { kind: "incident_update"; at: Date; status: IncidentPublicStatus; body: string; language: Locale; byAgency: boolean };

/** What the holder of a tracking code sees. Never the contact, never anything of another reporter. */
export type TrackedComplaint = {
  trackingCode: string;
  status: PublicStatus;
  outcome: CloseOutcome | null;
  category: ComplaintCategory;
  serviceName: { id: string; en: string } | null;
  agencyName: { id: string; en: string } | null;
  placeName: string | null;
  occurredAt: Date;
  submittedAt: Date;
  description: string;
  attachmentCount: number;
  canAddInformation: boolean;
  /** "Was it really fixed?" is waiting for the reporter's answer. */
  fixedCheckOpen: boolean;
  incident: { code: string; title: { id: string; en: string }; status: IncidentPublicStatus } | null;
  timeline: TimelineItem[];
};

/** The tracking page's data, read again while the database restarts rather than failing. */
export function trackComplaint(args: { ctx: DomainCtx; input: unknown }): Promise<TrackedComplaint> {
  return retryWhileUnavailable(() => readTrackedComplaint(args));
}

async function readTrackedComplaint({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<TrackedComplaint> {
  const { code: raw } = trackingCodeInput.parse(input);
  const code = normalizeTrackingCode(raw);
  if (!code) throw notFound("complaint");
  const [row] = await ctx.db
    .select({
      c: complaints,
      serviceNameId: services.nameId,
      serviceNameEn: services.nameEn,
      agencyNameId: agencies.nameId,
      agencyNameEn: agencies.nameEn,
      placeName: places.name,
    })
    .from(complaints)
    .leftJoin(services, eq(services.id, complaints.serviceId))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .leftJoin(places, eq(places.id, complaints.placeId))
    .where(eq(complaints.trackingCode, code));
  if (!row) throw notFound("complaint");
  const c = row.c;

  const [events, messages, [attachmentCount], incident, fixedCheckOpen] = await Promise.all([
    ctx.db.select().from(complaintStageEvents).where(eq(complaintStageEvents.complaintId, c.id)).orderBy(asc(complaintStageEvents.createdAt)),
    ctx.db.select().from(complaintMessages).where(eq(complaintMessages.complaintId, c.id)).orderBy(asc(complaintMessages.createdAt)),
    ctx.db.select({ n: count() }).from(attachments).where(eq(attachments.complaintId, c.id)),
    c.incidentId
      ? ctx.db
          .select()
          .from(incidents)
          .where(and(eq(incidents.id, c.incidentId), eq(incidents.isPublic, true)))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    isFixedCheckOpen(ctx.db, c, ctx.now()),
  ]);
  const updates = incident
    ? await ctx.db.select().from(incidentUpdates).where(eq(incidentUpdates.incidentId, incident.id)).orderBy(asc(incidentUpdates.createdAt))
    : [];

  const timeline: TimelineItem[] = [
    ...events.map((e) => ({
      kind: "status" as const,
      at: e.createdAt,
      status: publicStatusOf(e.toStage, e.outcome),
      outcome: e.outcome,
      note: e.publicNote,
    })),
    ...messages.map((m) => ({ kind: "message" as const, at: m.createdAt, fromReporter: m.direction === "from_reporter", body: m.body })),
    ...updates.map((u) => ({
      kind: "incident_update" as const,
      at: u.createdAt,
      status: u.status,
      body: u.body,
      language: u.language,
      byAgency: u.agencyId !== null,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    trackingCode: c.trackingCode,
    status: publicStatusOf(c.stage, c.outcome),
    outcome: c.outcome,
    category: c.category,
    serviceName: row.serviceNameId ? { id: row.serviceNameId, en: row.serviceNameEn! } : null,
    agencyName: row.agencyNameId ? { id: row.agencyNameId, en: row.agencyNameEn! } : null,
    placeName: row.placeName,
    occurredAt: c.occurredAt,
    submittedAt: c.createdAt,
    description: c.description,
    attachmentCount: attachmentCount?.n ?? 0,
    canAddInformation: c.stage === "awaiting_reporter",
    fixedCheckOpen,
    incident: incident ? { code: incident.code, title: { id: incident.titleId, en: incident.titleEn || incident.titleId }, status: incident.publicStatus } : null,
    timeline,
  };
}
