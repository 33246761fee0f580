import { randomBytes } from "node:crypto";
import { and, eq, inArray, max, sql } from "drizzle-orm";
import { agencies, evaluationReportIncidents, evaluationReports, incidents, recommendations } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, invalidTransition, notFound } from "../errors";
import { addRecommendationInput, createReportInput, updateReportInput } from "./schemas";
import { prefillTimeline } from "./timeline";

/** A readable, stable public address: words of the title plus a short random suffix. */
function slugFor(title: string): string {
  const words = title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return `${words || "laporan"}-${randomBytes(3).toString("hex")}`;
}

/** An investigator drafts an evaluation report covering one or more incidents; the timeline is prefilled. */
export async function createReportDraft({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = createReportInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const found = await tx.select({ id: incidents.id }).from(incidents).where(inArray(incidents.id, data.incidentIds));
    if (found.length !== new Set(data.incidentIds).size) throw new DomainError("VALIDATION", "unknown incident", { incidentIds: ["errors.incidentRequired"] });
    const { incidentIds, ...fields } = data;
    const [report] = await tx
      .insert(evaluationReports)
      .values({ ...fields, slug: slugFor(data.title), timeline: await prefillTimeline(tx, incidentIds), createdById: actor.userId, lastEditedById: actor.userId })
      .returning({ id: evaluationReports.id, slug: evaluationReports.slug });
    await tx.insert(evaluationReportIncidents).values(incidentIds.map((incidentId) => ({ reportId: report!.id, incidentId })));
    await writeAudit(tx, actor, { action: "report.create", entityType: "report", entityId: report!.id, after: { title: data.title, incidentIds } });
    return report!;
  });
}

async function lockDraft(tx: Parameters<Parameters<DomainCtx["db"]["transaction"]>[0]>[0], reportId: string) {
  const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
  if (!report) throw notFound("report");
  return report;
}

/** Edits the text of a report; a published report changes only through a new, marked version (see publish). */
export async function updateReportDraft({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { reportId, expectedVersion, ...changes } = updateReportInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(tx, reportId);
    if (report.version !== expectedVersion) throw new DomainError("CONFLICT", "report changed meanwhile", { _form: ["errors.changedMeanwhile"] });
    if (report.status === "withdrawn") throw invalidTransition("report withdrawn");
    await tx
      .update(evaluationReports)
      .set({ ...changes, lastEditedById: actor.userId, version: sql`${evaluationReports.version} + 1` })
      .where(eq(evaluationReports.id, reportId));
    await writeAudit(tx, actor, { action: "report.update", entityType: "report", entityId: reportId, after: { fields: Object.keys(changes) } });
    return { version: report.version + 1 };
  });
}

/** A recommendation addressed to one agency, with a due date; added while the report is not yet published. */
export async function addRecommendation({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = addRecommendationInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const report = await lockDraft(tx, data.reportId);
    if (report.status !== "draft" && report.status !== "in_review") throw invalidTransition("recommendations are fixed once published");
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
    if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
    const [last] = await tx.select({ n: max(recommendations.ordinal) }).from(recommendations).where(and(eq(recommendations.reportId, report.id)));
    const [rec] = await tx
      .insert(recommendations)
      .values({ reportId: report.id, agencyId: data.agencyId, body: data.body, dueAt: data.dueAt, ordinal: (last?.n ?? 0) + 1 })
      .returning({ id: recommendations.id, ordinal: recommendations.ordinal });
    await writeAudit(tx, actor, { action: "report.add_recommendation", entityType: "report", entityId: report.id, after: { recommendationId: rec!.id, agencyId: data.agencyId } });
    return rec!;
  });
}
