import { and, eq } from "drizzle-orm";
import { complaintContacts, complaintStageEvents, complaints, places, services } from "../../db/schema";
import type { Channel } from "../../db/schema/constants";
import { retryWhileUnavailable } from "../../db/unavailable";
import type { IncomingFile } from "../attachment/process";
import { insertAttachmentRows, storeAttachments } from "../attachment/store";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError } from "../errors";
import { clusterComplaint } from "../incident/cluster";
import { countIntoIncident, groupWithComplaint, linkToIncident } from "../incident/link-complaint";
import { consumeSubmissionQuota, contactKeys } from "../rate-limit";
import { submitComplaintInput, type SubmitComplaintData } from "./schemas";
import { newTrackingCode } from "./tracking-code";
import { computeDueAt } from "../procedure/deadline";
import { loadProcedureConfig } from "../procedure/load-config";

export type SubmitResult = {
  trackingCode: string;
  complaintId: string;
  createdAt: Date;
  incidentId: string | null;
  /** True when this idempotency key had already been used: the same complaint is answered again. */
  replayed: boolean;
};

async function findByIdempotencyKey(ctx: DomainCtx, key: string): Promise<SubmitResult | null> {
  const [row] = await ctx.db
    .select({ id: complaints.id, trackingCode: complaints.trackingCode, createdAt: complaints.createdAt, incidentId: complaints.incidentId })
    .from(complaints)
    .where(eq(complaints.idempotencyKey, key));
  return row ? { complaintId: row.id, trackingCode: row.trackingCode, createdAt: row.createdAt, incidentId: row.incidentId, replayed: true } : null;
}

/** Resolves the service (and through it the agency) and the place; unknown ids are field errors. */
async function resolveCatalog(ctx: DomainCtx, data: SubmitComplaintData) {
  const errors: Record<string, string[]> = {};
  let agencyId = data.agencyId ?? null;
  if (data.serviceId) {
    const [service] = await ctx.db
      .select({ agencyId: services.agencyId })
      .from(services)
      .where(and(eq(services.id, data.serviceId), eq(services.active, true)));
    if (!service) errors.serviceId = ["errors.service"];
    else agencyId = service.agencyId;
  }
  if (data.placeId) {
    const [place] = await ctx.db.select({ id: places.id }).from(places).where(and(eq(places.id, data.placeId), eq(places.active, true)));
    if (!place) errors.placeId = ["errors.place"];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("VALIDATION", "unknown catalogue entry", errors);
  return { agencyId };
}

/** A submission, tried again while the database restarts: the idempotency key makes a repeat harmless. */
export function submitComplaint(args: Parameters<typeof submitOnce>[0]): Promise<SubmitResult> {
  return retryWhileUnavailable(() => submitOnce(args));
}

/**
 * Files a complaint from the public form, Open311 or staff intake. Idempotent on `idempotencyKey`: a retry,
 * a double tap or twenty concurrent copies store one complaint and all get its tracking code.
 */
async function submitOnce({
  ctx,
  input,
  files = [],
  channel = "web",
}: {
  ctx: DomainCtx;
  input: unknown;
  files?: IncomingFile[];
  channel?: Channel;
}): Promise<SubmitResult> {
  const data = submitComplaintInput.parse(input);

  const existing = await findByIdempotencyKey(ctx, data.idempotencyKey);
  if (existing) return existing;

  await consumeSubmissionQuota(ctx, contactKeys({ email: data.contactEmail, phone: data.contactPhone }));
  const { agencyId } = await resolveCatalog(ctx, data);
  const now = ctx.now();
  const procedure = await loadProcedureConfig(ctx.db);
  const stored = await storeAttachments(ctx.storage, files, data.idempotencyKey, now);

  const result = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(complaints)
      .values({
        trackingCode: newTrackingCode(),
        idempotencyKey: data.idempotencyKey,
        channel,
        category: data.category,
        agencyId,
        serviceId: data.serviceId ?? null,
        placeId: data.placeId ?? null,
        addressText: data.addressText ?? null,
        lat: data.lat ?? null,
        lng: data.lng ?? null,
        occurredAt: data.occurredAt,
        description: data.description,
        language: data.language,
        confidential: data.confidential,
        alreadyComplainedToAgency: data.alreadyComplainedToAgency ?? null,
        stageChangedAt: now,
        dueAt: computeDueAt([{ toStage: "received", at: now }], procedure),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: complaints.idempotencyKey })
      .returning();
    // Another request with the same key won the race: answer with its complaint.
    if (!created) return null;

    if (data.contactName || data.contactEmail || data.contactPhone) {
      await tx.insert(complaintContacts).values({
        complaintId: created.id,
        name: data.contactName ?? null,
        email: data.contactEmail?.toLowerCase() ?? null,
        phone: data.contactPhone ?? null,
      });
    }
    await insertAttachmentRows(tx, { complaintId: created.id }, stored);
    await tx.insert(complaintStageEvents).values({ complaintId: created.id, toStage: "received", createdAt: now });

    // Joining an existing incident links inside the transaction and counts after it (see countIntoIncident).
    let incidentId: string | null = null;
    let countAfterCommit = false;
    if (data.joinIncidentId) {
      await linkToIncident(tx, created, data.joinIncidentId, null);
      incidentId = data.joinIncidentId;
      countAfterCommit = true;
    } else if (data.joinComplaintId) {
      incidentId = await groupWithComplaint(tx, created, data.joinComplaintId, now);
    } else {
      const placed = await clusterComplaint(tx, created, undefined, { countAfterCommit: true });
      if (placed.kind === "linked" || placed.kind === "surge") incidentId = placed.incidentId;
      countAfterCommit = placed.kind === "linked" && !placed.counted;
    }

    await writeAudit(tx, ctx.actor, {
      action: "complaint.submit",
      entityType: "complaint",
      entityId: created.id,
      // No personal data in the audit trail: only what the complaint is about.
      after: { channel, category: data.category, serviceId: data.serviceId ?? null, incidentId, attachments: stored.files.length },
    });
    return { complaintId: created.id, trackingCode: created.trackingCode, createdAt: created.createdAt, incidentId, replayed: false, countAfterCommit };
  });
  if (result) {
    const { countAfterCommit, ...submitted } = result;
    if (countAfterCommit && submitted.incidentId) await countIntoIncident(ctx.db, submitted.incidentId, [submitted.createdAt]);
    return submitted;
  }
  const winner = await findByIdempotencyKey(ctx, data.idempotencyKey);
  if (!winner) throw new Error("idempotent insert lost and no winner found");
  return winner;
}
