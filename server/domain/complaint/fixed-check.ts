import { and, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { selectRows } from "../../db/rows";
import { complaintContacts, complaints } from "../../db/schema";
import type { Queryable } from "../../db/types";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { lookupByTrackingCode } from "../rate-limit";
import { notFound } from "../errors";
import { queueMail } from "../notification/enqueue";
import { loadProcedureConfig } from "../procedure/load-config";
import { recordStageChange } from "../procedure/record-stage";
import { RESOLVED_OUTCOMES } from "./public-status";
import { fixedCheckInput } from "./schemas";
import { normalizeTrackingCode } from "./tracking-code";

/** Two weeks after a complaint closes as resolved, its reporter is asked whether it really was. */
export const FIXED_CHECK_AFTER_DAYS = 14;
/** The question stays open this long after closing; later the case is history. */
export const FIXED_CHECK_OPEN_DAYS = 90;

const DAY = 86_400_000;

/** Run by the job worker: queues the question for complaints that closed as resolved two weeks ago. */
export async function queueFixedChecks({ ctx }: { ctx: DomainCtx }): Promise<{ queued: number }> {
  const now = ctx.now().getTime();
  const rows = await ctx.db
    .select({ id: complaints.id, trackingCode: complaints.trackingCode, email: complaintContacts.email, locale: complaints.language })
    .from(complaints)
    .innerJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
    .where(
      and(
        eq(complaints.stage, "closed"),
        inArray(complaints.outcome, [...RESOLVED_OUTCOMES]),
        lte(complaints.closedAt, new Date(now - FIXED_CHECK_AFTER_DAYS * DAY)),
        // Only recent closures: the worker's first run must not mail every case closed years ago.
        gte(complaints.closedAt, new Date(now - 2 * FIXED_CHECK_AFTER_DAYS * DAY)),
        isNotNull(complaintContacts.email),
      ),
    );
  await queueMail(
    ctx.db,
    rows.map((r) => ({
      template: "fixed_check" as const,
      recipient: r.email!,
      locale: r.locale,
      payload: { trackingCode: r.trackingCode },
      dedupeKey: `complaint.fixed_check:${r.id}`,
    })),
  );
  return { queued: rows.length };
}

/** Whether the tracking page should ask "was it really fixed?": closed as resolved, asked, not yet answered. */
export async function isFixedCheckOpen(db: Queryable, c: { id: string; stage: string; outcome: string | null; closedAt: Date | null }, now: Date) {
  if (c.stage !== "closed" || !c.closedAt || !RESOLVED_OUTCOMES.some((o) => o === c.outcome)) return false;
  const age = now.getTime() - c.closedAt.getTime();
  if (age < FIXED_CHECK_AFTER_DAYS * DAY || age > FIXED_CHECK_OPEN_DAYS * DAY) return false;
  const answered = await selectRows(
    db,
    sql`select 1 as hit from audit_log where action = 'complaint.fixed_check' and entity_id = ${c.id} and occurred_at >= ${c.closedAt.toISOString()}::timestamptz limit 1`,
  );
  return answered.length === 0;
}

/** The reporter answers; "no" reopens the case for review, back in formal verification. */
export async function answerFixedCheck({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<{ reopened: boolean }> {
  const data = fixedCheckInput.parse(input);
  const code = normalizeTrackingCode(data.code);
  // Checked (and a miss counted) before the transaction, which then locks the row.
  const known = await lookupByTrackingCode(ctx, async () => (code ? (await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code)))[0] : null));
  if (!known || !code) throw notFound("complaint");
  const procedure = await loadProcedureConfig(ctx.db);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(complaints).where(eq(complaints.trackingCode, code)).for("update");
    if (!c) throw notFound("complaint");
    // A repeated click (or a stale page) finds the question already answered and changes nothing.
    if (!(await isFixedCheckOpen(tx, c, now))) return { reopened: false };
    if (!data.fixed) {
      await recordStageChange(
        tx,
        { complaintId: c.id, from: "closed", to: "formal_verification", outcome: null, reason: "reporter: not really fixed", publicNote: null, actorId: null, at: now },
        procedure,
      );
    }
    await writeAudit(tx, null, { action: "complaint.fixed_check", entityType: "complaint", entityId: c.id, before: { stage: c.stage, outcome: c.outcome }, after: { fixed: data.fixed } });
    return { reopened: !data.fixed };
  });
}
