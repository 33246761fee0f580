import { createHash } from "node:crypto";
import { ZodError, ZodRealError } from "zod";
import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaints } from "@/server/db/schema";
import { CATEGORY_ASKED_CHANNELS, type Channel } from "@/server/db/schema/constants";
import type { Queryable, Tx } from "@/server/db/types";
import { isDatabaseUnavailable, retryWhileUnavailable } from "@/server/db/unavailable";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import type { Actor, DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { reportSubmission } from "@/server/domain/observe";
import { currentRequestId } from "@/server/request-scope";
import { countIntoIncident, groupWithComplaint, linkToIncident } from "@/server/domain/incident/link-complaint";
import { computeDueAt } from "@/server/domain/procedure/deadline";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { contactKeys } from "@/server/domain/contact-key";
import { consumeSubmissionQuota } from "@/server/domain/rate-limit";
import { blankToUndefined } from "@/server/domain/schema-helpers";
import { submitComplaintInput, type SubmitComplaintData } from "./schemas";
import { newTrackingCode } from "./tracking-code";
import { appliedProbabilities, storedSuggestions, triageAtIntake, withTriage, type IntakeTriage } from "@/server/domain/triage/intake";

export type SubmitResult = {
  trackingCode: string;
  complaintId: string;
  createdAt: Date;
  /** Set when the reporter joined an incident ("me too"); other reports are placed by the clustering job. */
  incidentId: string | null;
  /** True when this idempotency key had already been used: the same complaint is answered again. */
  replayed: boolean;
};

/**
 * The complaint already filed under this key, answered only to the same request sent again: a key sent with
 * other content (a guessed or reused key) is refused and learns nothing, not even whether the key is taken.
 */
async function findReplay(db: Queryable, key: string, fingerprint: string): Promise<SubmitResult | null> {
  const [row] = await db
    .select({
      id: complaints.id,
      trackingCode: complaints.trackingCode,
      createdAt: complaints.createdAt,
      incidentId: complaints.incidentId,
      fingerprint: complaints.requestFingerprint,
    })
    .from(complaints)
    .where(eq(complaints.idempotencyKey, key));
  if (!row) return null;
  if (row.fingerprint !== fingerprint)
    throw new DomainError("UNPROCESSABLE", "this idempotency key was used for another request", { _form: ["errors.idempotencyMismatch"] });
  return { complaintId: row.id, trackingCode: row.trackingCode, createdAt: row.createdAt, incidentId: row.incidentId, replayed: true };
}

/** A submission, tried again while the database restarts: the idempotency key makes a repeat harmless. */
export async function submitComplaint(args: Parameters<typeof submitOnce>[0]): Promise<SubmitResult> {
  const channel = args.channel ?? "web";
  try {
    const result = await retryWhileUnavailable(() => submitOnce(args));
    reportSubmission({ channel, outcome: result.replayed ? "replayed" : "accepted" });
    return result;
  } catch (error) {
    reportSubmission({ channel, outcome: refusalReason(error) });
    throw error;
  }
}

/** Why a submission was refused, as a metric label: the domain's kind, bad input, or the database away. */
function refusalReason(error: unknown): string {
  if (error instanceof DomainError) return error.kind.toLowerCase();
  if (error instanceof ZodError) return "invalid";
  return isDatabaseUnavailable(error) ? "unavailable" : "error";
}

/**
 * Files a complaint from the public form, Open311 or staff intake. Idempotent on `idempotencyKey`: a retry,
 * a double tap or twenty concurrent copies store one complaint and all get its tracking code.
 *
 * In a surge this is the hot path, so a plain report costs two statements: the quota, then one statement
 * that checks the catalogue and writes the complaint, its contact, its first stage and its audit row.
 * Placing it in an incident is left to the clustering job (incident/cluster-pending), which does it in batches.
 */
async function submitOnce({
  ctx,
  input,
  files = [],
  channel = "web",
  sent,
}: {
  ctx: DomainCtx;
  input: unknown;
  files?: IncomingFile[];
  channel?: Channel;
  /** The request as the client sent it, when the input adds defaults of its own (Open311 fills in the time). */
  sent?: unknown;
}): Promise<SubmitResult> {
  const data = parseSubmission(input, channel);
  const fingerprint = requestFingerprint(channel, sent ?? data, files);
  // Every attempt spends quota, replays included, and nothing is looked up for a caller past it.
  await consumeSubmissionQuota(ctx, contactKeys({ email: data.contactEmail, phone: data.contactPhone }));
  // With files, the key is checked before any byte is stored; without, the insert's conflict check does it.
  if (files.length > 0) {
    const existing = await findReplay(ctx.db, data.idempotencyKey, fingerprint);
    if (existing) return existing;
  }
  const now = ctx.now();
  const dueAt = computeDueAt([{ toStage: "received", at: now }], await loadProcedureConfig(ctx.db));
  const stored = await storeAttachments(ctx, files, data.idempotencyKey, now);
  const triage = await triageAtIntake(ctx.db, data);
  const row = { data: withTriage(data, triage), triage, fingerprint, channel, now, dueAt, actor: ctx.actor };

  const joins = Boolean(data.joinIncidentId || data.joinComplaintId);
  const result =
    !joins && stored.files.length === 0
      ? await insertComplaint(ctx.db, row)
      : await ctx.db.transaction(async (tx) => {
          const created = await insertComplaint(tx, row);
          if (created.replayed) return created;
          await insertAttachmentRows(tx, { complaintId: created.complaintId }, stored);
          return { ...created, incidentId: await joinIncident(tx, created, data, now) };
        });
  // The counters of a joined incident follow in their own statement, so a crowd does not queue on its row.
  if (data.joinIncidentId && !result.replayed) await countIntoIncident(ctx.db, data.joinIncidentId, [result.createdAt]);
  const { complaintId, trackingCode, createdAt, incidentId, replayed } = result;
  return { complaintId, trackingCode, createdAt, incidentId, replayed };
}

/** "Me too": links to the chosen incident, or groups with the chosen report (see link-complaint). */
async function joinIncident(tx: Tx, created: SubmitResult & { agencyId?: string | null }, data: SubmitComplaintData, now: Date) {
  const linkable = {
    id: created.complaintId,
    serviceId: data.serviceId ?? null,
    agencyId: created.agencyId ?? null,
    placeId: data.placeId ?? null,
    createdAt: created.createdAt,
  };
  if (data.joinIncidentId) {
    await linkToIncident(tx, linkable, data.joinIncidentId, null);
    return data.joinIncidentId;
  }
  if (data.joinComplaintId) return groupWithComplaint(tx, linkable, data.joinComplaintId, now);
  return null;
}

type NewComplaint = {
  data: SubmitComplaintData;
  triage: IntakeTriage | null;
  fingerprint: string;
  channel: Channel;
  now: Date;
  dueAt: Date | null;
  actor: Actor | null;
};

/**
 * The submission's fields, every problem reported at once: the web form, Open311 and WhatsApp ask what kind of
 * problem it is, so there the category is required too; mail and staff intake leave it to triage.
 */
function parseSubmission(input: unknown, channel: Channel): SubmitComplaintData {
  const parsed = submitComplaintInput.safeParse(input);
  const category = blankToUndefined((input as { category?: unknown } | null)?.category);
  const issues = parsed.success ? [] : [...parsed.error.issues];
  if (category === undefined && (CATEGORY_ASKED_CHANNELS as readonly Channel[]).includes(channel))
    issues.push({ code: "custom", path: ["category"], message: "errors.category", input: category });
  // ZodRealError, as parse throws: a plain ZodError is no Error, and transports would take it for a crash.
  if (issues.length > 0 || !parsed.success) throw new ZodRealError(issues);
  return parsed.data;
}

/** What a replay must repeat: the channel, every field but the key, and the files' bytes. */
function requestFingerprint(channel: Channel, sent: unknown, files: IncomingFile[]): string {
  const { idempotencyKey: _key, website: _honeypot, ...fields } = sent as Record<string, unknown>;
  const hash = createHash("sha256").update(JSON.stringify([channel, fields]));
  for (const f of files) hash.update(createHash("sha256").update(f.bytes).digest());
  return hash.digest("base64url");
}

/**
 * One statement: the service, place and agency must exist and be active (else field errors); the complaint
 * is inserted unless its idempotency key is taken, with its contact, its "received" stage and its audit row
 * (no personal data in the audit trail). A taken key answers with the complaint that holds it.
 */
async function insertComplaint(
  db: Queryable,
  { data, triage, fingerprint, channel, now, dueAt, actor }: NewComplaint,
): Promise<SubmitResult & { agencyId?: string | null }> {
  const hasContact = Boolean(data.contactName || data.contactEmail || data.contactPhone);
  const category = data.category ?? "other";
  const applied = triage ? appliedProbabilities(triage.applied) : null;
  const audit = {
    channel,
    category,
    // Which values Sigap set, with their probability (the triage row has the suggestions).
    triage: applied,
    serviceId: data.serviceId ?? null,
    joinIncidentId: data.joinIncidentId ?? null,
    joinComplaintId: data.joinComplaintId ?? null,
  };
  const at = now.toISOString();
  const [r] = await selectRows<{
    service_ok: boolean;
    place_ok: boolean;
    agency_ok: boolean;
    id: string | null;
    tracking_code: string | null;
    created_at: string | Date | null;
    agency_id: string | null;
  }>(
    db,
    sql`with
      svc as (select agency_id, topic_code from services where id = ${data.serviceId ?? null}::uuid and active),
      plc as (select id from places where id = ${data.placeId ?? null}::uuid and active),
      agc as (select id from agencies where id = ${data.agencyId ?? null}::uuid),
      ok as (
        select (${data.serviceId ?? null}::uuid is null or exists (select 1 from svc)) as service_ok,
               (${data.placeId ?? null}::uuid is null or exists (select 1 from plc)) as place_ok,
               (${data.agencyId ?? null}::uuid is null or ${data.serviceId ?? null}::uuid is not null or exists (select 1 from agc)) as agency_ok
      ),
      ins as (
        insert into complaints (tracking_code, idempotency_key, request_fingerprint, channel, category, topic_code, agency_id, service_id, place_id, address_text,
          lat, lng, occurred_at, description, language, confidential, already_complained_to_agency, needs_clustering,
          stage_changed_at, due_at, created_at, updated_at)
        select ${newTrackingCode()}, ${data.idempotencyKey}, ${fingerprint}, ${channel}, ${category},
          coalesce((select topic_code from svc), ${data.topicCode ?? null}), coalesce((select agency_id from svc), ${data.agencyId ?? null}::uuid), ${data.serviceId ?? null}::uuid, ${data.placeId ?? null}::uuid,
          ${data.addressText ?? null}, ${data.lat ?? null}::float8, ${data.lng ?? null}::float8, ${data.occurredAt.toISOString()}::timestamptz,
          ${data.description}, ${data.language}, ${data.confidential}, ${data.alreadyComplainedToAgency ?? null}::boolean,
          ${!data.joinIncidentId && !data.joinComplaintId}, ${at}::timestamptz, ${dueAt?.toISOString() ?? null}::timestamptz, ${at}::timestamptz, ${at}::timestamptz
        from ok where service_ok and place_ok and agency_ok
        on conflict (idempotency_key) do nothing
        returning id, tracking_code, created_at, agency_id
      ),
      contact as (
        insert into complaint_contacts (complaint_id, name, email, phone)
        select id, ${data.contactName ?? null}, ${data.contactEmail?.toLowerCase() ?? null}, ${data.contactPhone ?? null} from ins where ${hasContact}
      ),
      stage as (insert into complaint_stage_events (complaint_id, to_stage, created_at) select id, 'received', ${at}::timestamptz from ins),
      triaged as (
        insert into complaint_triage (complaint_id, model_version, suggestions, applied)
        select id, ${triage?.suggestions.modelVersion ?? null}::int, ${JSON.stringify(triage ? storedSuggestions(triage.suggestions) : {})}::jsonb,
               ${JSON.stringify(triage?.applied ?? {})}::jsonb
        from ins where ${triage !== null}
      ),
      audit as (
        insert into audit_log (actor_id, actor_role, action, entity_type, entity_id, after, request_id)
        select ${actor?.userId ?? null}::uuid, ${actor?.role ?? null}, 'complaint.submit', 'complaint', id::text, ${JSON.stringify(audit)}::jsonb,
               ${currentRequestId()} from ins
      )
      select ok.*, ins.id, ins.tracking_code, ins.created_at, ins.agency_id from ok left join ins on true`,
  );
  const errors: Record<string, string[]> = {};
  if (!r?.service_ok) errors.serviceId = ["errors.service"];
  if (!r?.place_ok) errors.placeId = ["errors.place"];
  if (!r?.agency_ok) errors.agencyId = ["errors.agency"];
  if (Object.keys(errors).length > 0) throw new DomainError("VALIDATION", "unknown catalogue entry", errors);
  if (r?.id && r.tracking_code && r.created_at) {
    return {
      complaintId: r.id,
      trackingCode: r.tracking_code,
      createdAt: new Date(r.created_at),
      incidentId: null,
      replayed: false,
      agencyId: r.agency_id,
    };
  }
  // Another request with the same key won (now or earlier): answer with its complaint.
  const winner = await findReplay(db, data.idempotencyKey, fingerprint);
  if (!winner) throw new Error("idempotent insert lost and no winner found");
  return winner;
}
