import type { z } from "zod";
import { eq } from "drizzle-orm";
import { evaluationReportIncidents, evaluationReports, incidents } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { reportRecommendations } from "./report-recommendations";
import { computeEvidencePack } from "./evidence/compute";
import { reportRefInput } from "./schemas";

/** One report as its authors edit it: current text, covered incidents, recommendations. */
export async function getReportDraft({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reportRefInput> }) {
  requireRole(ctx, STAFF_ROLES);
  const { reportId } = reportRefInput.parse(input);
  const [report] = await ctx.db.select().from(evaluationReports).where(eq(evaluationReports.id, reportId));
  if (!report) throw notFound("report");
  const [covered, recs] = await Promise.all([
    ctx.db
      .select({ id: incidents.id, code: incidents.code, title: incidents.titleId })
      .from(evaluationReportIncidents)
      .innerJoin(incidents, eq(incidents.id, evaluationReportIncidents.incidentId))
      .where(eq(evaluationReportIncidents.reportId, reportId)),
    reportRecommendations(ctx.db, reportId),
  ]);
  // Computed on every read: staff see the figures as they stand and choose parts, never edit them.
  const evidence = await computeEvidencePack(ctx.db, reportId, report.evidenceParts, ctx.now());
  return { ...report, incidents: covered, recommendations: recs, evidence };
}
