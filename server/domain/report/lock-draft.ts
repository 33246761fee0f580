import { eq } from "drizzle-orm";
import { evaluationReports } from "../../db/schema";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";

export async function lockDraft(tx: Parameters<Parameters<DomainCtx["db"]["transaction"]>[0]>[0], reportId: string) {
  const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
  if (!report) throw notFound("report");
  return report;
}
