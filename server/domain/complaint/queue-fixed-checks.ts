import { and, eq, gte, inArray, isNotNull, lte } from "drizzle-orm";
import { complaintContacts, complaints } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { queueMail } from "@/server/domain/notification/enqueue";
import { RESOLVED_OUTCOMES } from "./public-status";
import { DAY, FIXED_CHECK_AFTER_DAYS } from "./fixed-check-window";

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
    rows
      .flatMap(({ email, ...r }) => (email ? [{ ...r, email }] : []))
      .map((r) => ({
        template: "fixed_check" as const,
        recipient: r.email,
        locale: r.locale,
        payload: { trackingCode: r.trackingCode },
        dedupeKey: `complaint.fixed_check:${r.id}`,
      })),
  );
  return { queued: rows.length };
}
