import { eq } from "drizzle-orm";
import { evaluationReports } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";

export async function lockDraft(tx: Parameters<Parameters<DomainCtx["db"]["transaction"]>[0]>[0], reportId: string) {
  const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
  if (!report) throw notFound("report");
  return report;
}
