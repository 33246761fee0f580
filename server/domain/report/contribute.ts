import { eq, sql } from "drizzle-orm";
import { evaluationReports } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { oneRow } from "@/server/db/one-row";

/**
 * Records a change to what a report will publish — its text, timeline or recommendations: the version moves, so a
 * reviewer who read the previous one cannot publish this one unseen, and the author joins the report's
 * contributors, none of whom may publish it. Returns the new version.
 */
export async function recordContribution(tx: Tx, reportId: string, userId: string, changes: Partial<typeof evaluationReports.$inferInsert> = {}) {
  const row = oneRow(
    await tx
      .update(evaluationReports)
      .set({
        ...changes,
        lastEditedById: userId,
        version: sql`${evaluationReports.version} + 1`,
        contributorIds: sql`case when ${userId}::uuid = any(${evaluationReports.contributorIds}) then ${evaluationReports.contributorIds}
        else array_append(${evaluationReports.contributorIds}, ${userId}::uuid) end`,
      })
      .where(eq(evaluationReports.id, reportId))
      .returning({ version: evaluationReports.version }),
  );
  return row.version;
}
