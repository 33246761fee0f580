import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { agencies, evaluationReportIncidents, evaluationReportVersions, evaluationReports, incidents, recommendationEvents, recommendations } from "../../db/schema";
import { isRecommendationOverdue } from "../recommendation/status";
import { renderReportMarkdown } from "./markdown";
import { STAFF_ROLES } from "../../db/schema/constants";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, invalidTransition, notFound } from "../errors";
import { publishReportInput, reportRefInput, reportSlugInput } from "./schemas";

/** An investigator hands a draft to senior staff for review. */
export async function submitReportForReview({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { reportId } = reportRefInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
    if (!report) throw notFound("report");
    if (report.status !== "draft") throw invalidTransition(`report is ${report.status}`);
    await tx.update(evaluationReports).set({ status: "in_review", submittedById: actor.userId, version: sql`${evaluationReports.version} + 1` }).where(eq(evaluationReports.id, reportId));
    await writeAudit(tx, actor, { action: "report.submit", entityType: "report", entityId: reportId, before: { status: "draft" }, after: { status: "in_review" } });
    return { status: "in_review" as const };
  });
}

/**
 * An admin publishes: the current text becomes an immutable numbered version. Publishing again after
 * publication is a correction and must say what was corrected. Four eyes: the admin who publishes is
 * neither the author, nor who last changed the text, nor who submitted it; and they publish exactly the
 * version they read (`expectedVersion`), so text changed after their review is not published unseen.
 */
export async function publishReport({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { reportId, correctionNote, expectedVersion } = publishReportInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
    if (!report) throw notFound("report");
    if (report.status === "draft" || report.status === "withdrawn") throw invalidTransition(`report is ${report.status}`);
    if (report.version !== expectedVersion) throw new DomainError("CONFLICT", "report changed since it was read", { _form: ["errors.changedMeanwhile"] });
    if ([report.createdById, report.lastEditedById, report.submittedById].includes(actor.userId)) {
      throw new DomainError("FORBIDDEN", "the author, editor or submitter may not publish", { _form: ["errors.fourEyes"] });
    }
    const version = report.publishedVersion + 1;
    const isCorrection = version > 1;
    if (isCorrection && !correctionNote) throw new DomainError("VALIDATION", "a correction needs a note", { correctionNote: ["errors.reasonRequired"] });
    await tx.insert(evaluationReportVersions).values({
      reportId,
      version,
      title: report.title,
      summary: report.summary,
      bodyMd: report.bodyMd,
      findings: report.findings,
      maladministrationTypes: report.maladministrationTypes,
      timeline: report.timeline,
      isCorrection,
      correctionNote: isCorrection ? correctionNote : null,
      publishedById: actor.userId,
      publishedAt: now,
    });
    await tx
      .update(evaluationReports)
      .set({ status: "published", publishedVersion: version, publishedAt: report.publishedAt ?? now, publishedById: actor.userId, version: sql`${evaluationReports.version} + 1` })
      .where(eq(evaluationReports.id, reportId));
    await writeAudit(tx, actor, { action: isCorrection ? "report.correct" : "report.publish", entityType: "report", entityId: reportId, after: { version, correctionNote: correctionNote ?? null } });
    return { slug: report.slug, version };
  });
}

/** A published report as the public reads it: the latest published version, its versions, recommendations and status. */
export async function getPublishedReport({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { slug } = reportSlugInput.parse(input);
  const [report] = await ctx.db.select().from(evaluationReports).where(eq(evaluationReports.slug, slug));
  if (!report || report.publishedVersion === 0) throw notFound("report");
  const [versions, recs, covered] = await Promise.all([
    ctx.db.select().from(evaluationReportVersions).where(eq(evaluationReportVersions.reportId, report.id)).orderBy(desc(evaluationReportVersions.version)),
    ctx.db
      .select({ id: recommendations.id, ordinal: recommendations.ordinal, body: recommendations.body, dueAt: recommendations.dueAt, status: recommendations.status, agencyName: agencies.nameId })
      .from(recommendations)
      .innerJoin(agencies, eq(agencies.id, recommendations.agencyId))
      .where(eq(recommendations.reportId, report.id))
      .orderBy(asc(recommendations.ordinal)),
    ctx.db
      .select({ code: incidents.code, title: incidents.titleId, isPublic: incidents.isPublic })
      .from(evaluationReportIncidents)
      .innerJoin(incidents, eq(incidents.id, evaluationReportIncidents.incidentId))
      .where(eq(evaluationReportIncidents.reportId, report.id)),
  ]);
  const latest = versions[0]!;
  // The public history: each status and the Ombudsman's reason for it (the agency's own evidence stays internal).
  const history = recs.length
    ? await ctx.db
        .select({ recommendationId: recommendationEvents.recommendationId, at: recommendationEvents.createdAt, status: recommendationEvents.toStatus, note: recommendationEvents.decisionNote })
        .from(recommendationEvents)
        .where(and(inArray(recommendationEvents.recommendationId, recs.map((r) => r.id)), isNotNull(recommendationEvents.decisionNote)))
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
    html: { summary: renderReportMarkdown(latest.summary), body: renderReportMarkdown(latest.bodyMd), findings: renderReportMarkdown(latest.findings) },
    maladministrationTypes: latest.maladministrationTypes,
    timeline: latest.timeline,
    firstPublishedAt: report.publishedAt,
    versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, isCorrection: v.isCorrection, correctionNote: v.correctionNote })),
    recommendations: recs.map(({ id, ...r }) => ({
      ...r,
      overdue: isRecommendationOverdue(r, now),
      history: history.filter((h) => h.recommendationId === id).map(({ at, status, note }) => ({ at, status, note: note ?? "" })),
    })),
    incidents: covered.filter((i) => i.isPublic).map((i) => ({ code: i.code, title: i.title })),
  };
}
