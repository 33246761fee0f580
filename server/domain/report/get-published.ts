import type { z } from "zod";
import { and, asc, desc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { evaluationReportIncidents, evaluationReports, evaluationReportVersions, incidents, recommendationEvents } from "@/server/db/schema";
import { isRecommendationOverdue } from "@/server/domain/recommendation/status";
import { renderReportMarkdown } from "./markdown";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { reportRecommendations } from "./report-recommendations";
import { readEvidence } from "./evidence/pack";
import { reportSlugInput } from "./schemas";
import { DomainError } from "@/server/domain/errors";

/** Whether a published report lives at this address (its page's status is set before the page renders). */
export async function publishedReportKnown(ctx: DomainCtx, raw: string): Promise<boolean> {
  const parsed = reportSlugInput.safeParse({ slug: raw });
  if (!parsed.success) return false;
  const [hit] = await ctx.readDb
    .select({ id: evaluationReports.id })
    .from(evaluationReports)
    .where(and(eq(evaluationReports.slug, parsed.data.slug), gt(evaluationReports.publishedVersion, 0)))
    .limit(1);
  return hit !== undefined;
}

/** A published report as the public reads it: the latest published version, its versions, recommendations and status. */
export async function getPublishedReport({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof reportSlugInput> }) {
  const { slug } = reportSlugInput.parse(input);
  const [report] = await ctx.readDb.select().from(evaluationReports).where(eq(evaluationReports.slug, slug));
  if (!report || report.publishedVersion === 0) throw notFound("report");
  const [versions, recs, covered] = await Promise.all([
    ctx.readDb
      .select()
      .from(evaluationReportVersions)
      .where(eq(evaluationReportVersions.reportId, report.id))
      .orderBy(desc(evaluationReportVersions.version)),
    reportRecommendations(ctx.readDb, report.id),
    ctx.readDb
      .select({ code: incidents.code, title: incidents.titleId, isPublic: incidents.isPublic })
      .from(evaluationReportIncidents)
      .innerJoin(incidents, eq(incidents.id, evaluationReportIncidents.incidentId))
      .where(eq(evaluationReportIncidents.reportId, report.id)),
  ]);
  const latest = versions[0];
  if (!latest) throw new DomainError("NOT_FOUND", "a published report without a version");
  // The public history: each status and the Ombudsman's reason for it (the agency's own evidence stays internal).
  const history = recs.length
    ? await ctx.readDb
        .select({
          recommendationId: recommendationEvents.recommendationId,
          at: recommendationEvents.createdAt,
          status: recommendationEvents.toStatus,
          note: recommendationEvents.decisionNote,
        })
        .from(recommendationEvents)
        .where(
          and(
            inArray(
              recommendationEvents.recommendationId,
              recs.map((r) => r.id),
            ),
            isNotNull(recommendationEvents.decisionNote),
          ),
        )
        .orderBy(asc(recommendationEvents.createdAt))
    : [];
  const now = ctx.now();
  return {
    slug: report.slug,
    language: report.language,
    version: latest.version,
    title: latest.title,
    summary: latest.summary,
    bodyMd: latest.bodyMd,
    findings: latest.findings,
    // Rendered and sanitised on every read: the stored Markdown is never trusted as HTML.
    html: {
      summary: renderReportMarkdown(latest.summary),
      body: renderReportMarkdown(latest.bodyMd),
      findings: renderReportMarkdown(latest.findings),
    },
    maladministrationTypes: latest.maladministrationTypes,
    timeline: latest.timeline,
    evidence: readEvidence(latest.evidence),
    firstPublishedAt: report.publishedAt,
    versions: versions.map((v) => ({
      version: v.version,
      publishedAt: v.publishedAt,
      isCorrection: v.isCorrection,
      correctionNote: v.correctionNote,
    })),
    recommendations: recs.map(({ id, ...r }) => ({
      ...r,
      overdue: isRecommendationOverdue(r, now),
      history: history.filter((h) => h.recommendationId === id).map(({ at, status, note }) => ({ at, status, note: note ?? "" })),
    })),
    incidents: covered.filter((i) => i.isPublic).map((i) => ({ code: i.code, title: i.title })),
  };
}
