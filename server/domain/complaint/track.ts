import type { z } from "zod";
import { asc, eq, sql } from "drizzle-orm";
import { complaintMessages, complaintRatings, complaintStageEvents, complaints, incidentUpdates } from "@/server/db/schema";
import type { CloseOutcome, ComplaintCategory, IncidentPublicStatus, Locale } from "@/server/db/schema/constants";
import { preparedPerDb } from "@/server/db/prepared";
import type { DomainCtx } from "@/server/domain/context";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { notFound } from "@/server/domain/errors";
import { changeableUntil } from "@/server/domain/rating/rate";
import { isFixedCheckOpen } from "./fixed-check-window";
import { publicStatusOf, type PublicStatus } from "./public-status";
import { trackingCodeInput } from "./schemas";
import { normalizeTrackingCode } from "./tracking-code";

export type TimelineItem =
  | { kind: "status"; at: Date; status: PublicStatus; outcome: CloseOutcome | null; note: string | null }
  | { kind: "message"; at: Date; fromReporter: boolean; body: string }
  | { kind: "incident_update"; at: Date; status: IncidentPublicStatus; body: string; language: Locale; bodyEn: string | null; byAgency: boolean };

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
  /** Their own rating of the handling, shown back to them (never to the public). */
  rating: { score: number; comment: string | null; changeableUntil: Date } | null;
  /** Closed, and not rated yet or still changeable. */
  canRate: boolean;
  incident: { code: string; title: { id: string; en: string }; status: IncidentPublicStatus } | null;
  timeline: TimelineItem[];
};

// One statement for the whole page, prepared once: reporters reload it often, and most often in a surge.
const trackedComplaintQuery = preparedPerDb((db) =>
  db.query.complaints
    .findFirst({
      where: eq(complaints.trackingCode, sql.placeholder("code")),
      with: {
        service: { columns: { nameId: true, nameEn: true } },
        agency: { columns: { nameId: true, nameEn: true } },
        place: { columns: { name: true } },
        stageEvents: { columns: { createdAt: true, toStage: true, outcome: true, publicNote: true }, orderBy: asc(complaintStageEvents.createdAt) },
        messages: { columns: { createdAt: true, direction: true, body: true }, orderBy: asc(complaintMessages.createdAt) },
        incident: {
          columns: { code: true, titleId: true, titleEn: true, publicStatus: true, isPublic: true },
          with: {
            updates: {
              columns: { createdAt: true, status: true, body: true, language: true, bodyEn: true, agencyId: true },
              orderBy: asc(incidentUpdates.createdAt),
            },
          },
        },
      },
      extras: (t, { sql }) => ({
        attachmentCount: sql<number>`(select count(*)::int from attachments a where a.complaint_id = ${t.id})`.as("attachment_count"),
      }),
    })
    .prepare("track_complaint"),
);

/** The tracking page's data (retried while the database restarts by the API's read middleware). */
export async function trackComplaint({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof trackingCodeInput> }): Promise<TrackedComplaint> {
  const { code: raw } = trackingCodeInput.parse(input);
  const code = normalizeTrackingCode(raw);
  const c = await lookupByTrackingCode(ctx, async () => (code ? trackedComplaintQuery(ctx.db).execute({ code }) : null));
  if (!c) throw notFound("complaint");
  const [fixedCheckOpen, [rating]] = await Promise.all([
    isFixedCheckOpen(ctx.db, c, ctx.now()),
    ctx.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, c.id)),
  ]);
  const ratingUntil = rating ? changeableUntil(rating.createdAt) : null;
  // An incident still private to investigators stays out of the reporter's view.
  const incident = c.incident?.isPublic ? c.incident : null;
  const events = c.stageEvents;
  const messages = c.messages;
  const updates = incident?.updates ?? [];

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
      bodyEn: u.bodyEn,
      byAgency: u.agencyId !== null,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    trackingCode: c.trackingCode,
    status: publicStatusOf(c.stage, c.outcome),
    outcome: c.outcome,
    category: c.category,
    serviceName: c.service ? { id: c.service.nameId, en: c.service.nameEn } : null,
    agencyName: c.agency ? { id: c.agency.nameId, en: c.agency.nameEn } : null,
    placeName: c.place?.name ?? null,
    occurredAt: c.occurredAt,
    submittedAt: c.createdAt,
    description: c.description,
    attachmentCount: Number(c.attachmentCount),
    canAddInformation: c.stage === "awaiting_reporter",
    fixedCheckOpen,
    rating: rating && ratingUntil ? { score: rating.score, comment: rating.comment, changeableUntil: ratingUntil } : null,
    canRate: c.stage === "closed" && (ratingUntil === null || ctx.now().getTime() <= ratingUntil.getTime()),
    incident: incident
      ? { code: incident.code, title: { id: incident.titleId, en: incident.titleEn || incident.titleId }, status: incident.publicStatus }
      : null,
    timeline,
  };
}

/**
 * Whether a typed code names a complaint, for the tracking page's HTTP status alone: counts no lookup and says
 * nothing a visitor does not see on the page it answers.
 */
export async function trackingCodeKnown(ctx: DomainCtx, raw: string): Promise<boolean> {
  const code = normalizeTrackingCode(raw);
  if (!code) return false;
  const [hit] = await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code)).limit(1);
  return hit !== undefined;
}
