import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { complaints, privacyRequests, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { reporterPseudonym } from "@/server/domain/complaint/reporter-identity";
import { REQUEST_DEADLINES } from "./request-deadlines";
import { listRequestsInput } from "./schemas";

/**
 * The admins' queue of reporters' requests: open ones by nearest deadline (overdue first), or the decided
 * ones newest first. It names the reporter by pseudonym; a correction's new values show, as the admin must
 * check them.
 */
export async function listPrivacyRequests({ ctx, input }: { ctx: DomainCtx; input?: unknown }) {
  requireRole(ctx, ["admin"]);
  const { status } = listRequestsInput.parse(input);
  const now = ctx.now();
  const rows = await ctx.db
    .select({
      request: privacyRequests,
      trackingCode: complaints.trackingCode,
      stage: complaints.stage,
      decidedBy: users.name,
    })
    .from(privacyRequests)
    .innerJoin(complaints, eq(complaints.id, privacyRequests.complaintId))
    .leftJoin(users, eq(users.id, privacyRequests.decidedById))
    .where(status === "open" ? eq(privacyRequests.status, "open") : and(ne(privacyRequests.status, "open"), ne(privacyRequests.kind, "access")))
    .orderBy(status === "open" ? asc(privacyRequests.dueAt) : desc(privacyRequests.decidedAt))
    .limit(200);
  return rows.map(({ request: r, trackingCode, stage, decidedBy }) => ({
    id: r.id,
    complaintId: r.complaintId,
    trackingCode,
    reporter: `Pelapor ${reporterPseudonym(r.complaintId)}`,
    kind: r.kind,
    status: r.status,
    details: r.details,
    requestedAt: r.createdAt,
    dueAt: r.dueAt,
    overdue: r.status === "open" && r.dueAt < now,
    article: REQUEST_DEADLINES[r.kind].article,
    /** Erasure may be refused while the examination is open (art. 15(1)): the admin sees whether it is. */
    caseOpen: stage !== "closed",
    decidedAt: r.decidedAt,
    decidedBy,
    reason: r.decisionReason,
  }));
}

/** For the admin dashboard: how many requests wait, how many are late, and the nearest deadline. */
export async function privacyRequestDeadlines({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const [row] = await ctx.db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${privacyRequests.dueAt} < ${ctx.now().toISOString()}::timestamptz))::int`,
      nextDueAt: sql<string | null>`min(${privacyRequests.dueAt})`,
    })
    .from(privacyRequests)
    .where(eq(privacyRequests.status, "open"));
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0, nextDueAt: row?.nextDueAt ? new Date(row.nextDueAt) : null };
}
