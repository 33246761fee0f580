import { desc } from "drizzle-orm";
import { evaluationReports } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** Every report, drafts included, newest first: the staff's list. */
export async function listReports({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, STAFF_ROLES);
  return ctx.db
    .select({
      id: evaluationReports.id,
      slug: evaluationReports.slug,
      title: evaluationReports.title,
      status: evaluationReports.status,
      publishedVersion: evaluationReports.publishedVersion,
      publishedAt: evaluationReports.publishedAt,
      updatedAt: evaluationReports.updatedAt,
    })
    .from(evaluationReports)
    .orderBy(desc(evaluationReports.updatedAt))
    .limit(200);
}
