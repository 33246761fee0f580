import { and, between, eq } from "drizzle-orm";
import { clarificationRequests } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { queueAgencyMail } from "@/server/domain/notification/enqueue";

/** How long before its deadline an unanswered request is brought back to the agency's attention. */
export const REMINDER_HOURS_BEFORE_DUE = 48;

/** Run by the job worker; the dedupe key makes a second run (or a second worker) add nothing. */
export async function queueClarificationReminders({ ctx }: { ctx: DomainCtx }): Promise<{ requests: number }> {
  const now = ctx.now();
  const soon = new Date(now.getTime() + REMINDER_HOURS_BEFORE_DUE * 3600_000);
  const open = await ctx.db
    .select({
      id: clarificationRequests.id,
      agencyId: clarificationRequests.agencyId,
      dueAt: clarificationRequests.dueAt,
      sequence: clarificationRequests.sequence,
    })
    .from(clarificationRequests)
    .where(and(eq(clarificationRequests.status, "open"), between(clarificationRequests.dueAt, now, soon)));
  for (const r of open) {
    await queueAgencyMail(ctx.db, r.agencyId, {
      template: "clarification_reminder",
      payload: { requestId: r.id, dueAt: r.dueAt.toISOString(), sequence: r.sequence },
      dedupePrefix: `clarification.reminder:${r.id}`,
    });
  }
  return { requests: open.length };
}
