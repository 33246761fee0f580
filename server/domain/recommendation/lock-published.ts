import { and, eq } from "drizzle-orm";
import { evaluationReports, recommendations } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { notFound } from "@/server/domain/errors";

/** A recommendation of a published report, locked; `agencyId` limits it to that agency's (others: NOT_FOUND). */
export async function lockPublished(tx: Tx, recommendationId: string, agencyId?: string) {
  const [row] = await tx
    .select({ r: recommendations })
    .from(recommendations)
    .innerJoin(evaluationReports, eq(evaluationReports.id, recommendations.reportId))
    .where(
      and(
        eq(recommendations.id, recommendationId),
        eq(evaluationReports.status, "published"),
        agencyId ? eq(recommendations.agencyId, agencyId) : undefined,
      ),
    )
    .for("update", { of: recommendations });
  if (!row) throw notFound("recommendation");
  return row.r;
}
