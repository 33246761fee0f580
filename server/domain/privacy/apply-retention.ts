import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Tx } from "@/server/db/types";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { anonymiseReporters, removeFiles, reporterFilesOf } from "./erase";
import { loadRetentionSchedule } from "./retention-schedule";

const BATCH = 200;
const DAY_MS = 86_400_000;

export type RetentionResult = {
  contacts: number;
  attachments: number;
  fingerprints: number;
  conversations: number;
  outbox: number;
  rateLimits: number;
  revokedSessions: number;
  verifications: number;
  monitorChecks: number;
  monitorMinutes: number;
};

/** Monitor measurements hold nothing personal and come by the million: deleted in large batches, one audit row each. */
const MEASUREMENT_BATCH = 50_000;

/**
 * Runs `step` in its own transaction until it finds nothing left; each batch that changed something is one
 * audit event with its count and the cut-off it applied, never a personal value.
 */
async function inBatches(ctx: DomainCtx, action: `retention.${string}`, cutoff: Date, step: (tx: Tx) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await ctx.db.transaction(async (tx) => {
      const changed = await step(tx);
      if (changed > 0)
        await writeAudit(tx, null, {
          action,
          entityType: "retention",
          entityId: randomUUID(),
          after: { rows: changed, before: cutoff.toISOString() },
        });
      return changed;
    });
    total += n;
    if (n < BATCH) return total;
  }
}

/**
 * Applies the retention schedule (retention-schedule.ts): what has expired is anonymised or deleted, in
 * batches, and a second run finds nothing to do. Complaints, their stages, incidents, statistics and
 * published reports stay as they were: only who reported and what identifies them goes.
 */
export async function applyRetention({ ctx }: { ctx: DomainCtx }): Promise<RetentionResult> {
  const schedule = await loadRetentionSchedule(ctx.db);
  const now = ctx.now();
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const at = now.toISOString();

  // Contacts of cases closed long enough ago: emptied and marked; emails and numbers in their texts masked.
  const contactCutoff = before(schedule.contactDaysAfterClose);
  const contacts = await inBatches(ctx, "retention.anonymise_contacts", contactCutoff, async (tx) => {
    const rows = await selectRows<{ id: string }>(
      tx,
      sql`select c.id from complaints c join complaint_contacts k on k.complaint_id = c.id
           where c.stage = 'closed' and c.closed_at < ${contactCutoff.toISOString()}::timestamptz and k.anonymized_at is null
           order by c.closed_at limit ${BATCH} for update of k skip locked`,
    );
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return 0;
    await anonymiseReporters(tx, ids, now);
    return ids.length;
  });

  // Photo and document bytes of cases closed long enough ago: deleted from storage, the row kept and marked.
  const attachmentCutoff = before(schedule.attachmentDaysAfterClose);
  const removed = await inBatches(ctx, "retention.remove_attachments", attachmentCutoff, async (tx) => {
    const rows = await reporterFilesOf(tx, sql`c.stage = 'closed' and c.closed_at < ${attachmentCutoff.toISOString()}::timestamptz`, BATCH);
    await removeFiles(ctx, tx, rows, "retention", now);
    return rows.length;
  });

  // A statement that changes at most a batch of rows, and how many it changed.
  const changed = async (tx: Tx, statement: SQL) =>
    (await selectRows<{ n: number }>(tx, sql`with done as (${statement} returning 1) select count(*)::int as n from done`))[0]?.n ?? 0;
  const fingerprintCutoff = before(schedule.fingerprintDays);
  const fingerprints = await inBatches(ctx, "retention.forget_fingerprints", fingerprintCutoff, (tx) =>
    changed(
      tx,
      sql`update complaints set request_fingerprint = null where id in (
            select id from complaints where request_fingerprint is not null and created_at < ${fingerprintCutoff.toISOString()}::timestamptz limit ${BATCH})`,
    ),
  );
  const conversationCutoff = before(schedule.conversationDays);
  const conversations = await inBatches(ctx, "retention.delete_conversations", conversationCutoff, (tx) =>
    changed(
      tx,
      sql`delete from whatsapp_conversations where wa_id in (
            select wa_id from whatsapp_conversations where updated_at < ${conversationCutoff.toISOString()}::timestamptz limit ${BATCH})`,
    ),
  );
  const outboxCutoff = before(schedule.outboxDays);
  const outbox = await inBatches(ctx, "retention.delete_outbox", outboxCutoff, (tx) =>
    changed(
      tx,
      sql`delete from outbox where id in (
            select id from outbox where status <> 'pending' and created_at < ${outboxCutoff.toISOString()}::timestamptz limit ${BATCH})`,
    ),
  );
  // Rate-limit counters and revoked sessions are kept only until they expire.
  const rateLimits = await inBatches(ctx, "retention.delete_rate_limits", now, (tx) =>
    changed(tx, sql`delete from rate_limits where key in (select key from rate_limits where expire < ${at}::timestamptz limit ${BATCH})`),
  );
  const revokedSessions = await inBatches(ctx, "retention.delete_revoked_sessions", now, (tx) =>
    changed(
      tx,
      sql`delete from revoked_sessions where session_id in (
            select session_id from revoked_sessions where expires_at < ${at}::timestamptz limit ${BATCH})`,
    ),
  );
  // A reporter's one-time codes and "my data" sessions, once neither can be used.
  const verifications = await inBatches(ctx, "retention.delete_privacy_challenges", now, (tx) =>
    changed(
      tx,
      sql`delete from privacy_challenges where id in (
            select id from privacy_challenges where greatest(expires_at, coalesce(session_expires_at, expires_at)) < ${at}::timestamptz limit ${BATCH})`,
    ),
  );
  // A monitor's raw checks, then its per-minute roll-ups; the per-hour roll-ups and outages stay with the record.
  const checksCutoff = before(schedule.monitorCheckDays);
  const monitorChecks = await inBatches(ctx, "retention.delete_monitor_checks", checksCutoff, (tx) =>
    changed(
      tx,
      sql`delete from monitor_checks where (monitor_id, checked_at) in (
            select monitor_id, checked_at from monitor_checks where checked_at < ${checksCutoff.toISOString()}::timestamptz limit ${MEASUREMENT_BATCH})`,
    ),
  );
  const minutesCutoff = before(schedule.monitorMinuteDays);
  const monitorMinutes = await inBatches(ctx, "retention.delete_monitor_minutes", minutesCutoff, (tx) =>
    changed(
      tx,
      sql`delete from monitor_rollups where grain = 'minute' and (monitor_id, bucket_start) in (
            select monitor_id, bucket_start from monitor_rollups
            where grain = 'minute' and bucket_start < ${minutesCutoff.toISOString()}::timestamptz limit ${MEASUREMENT_BATCH})`,
    ),
  );
  return {
    contacts,
    attachments: removed,
    fingerprints,
    conversations,
    outbox,
    rateLimits,
    revokedSessions,
    verifications,
    monitorChecks,
    monitorMinutes,
  };
}
