import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { evaluationReports, evaluationReportVersions, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, invalidTransition, notFound } from "@/server/domain/errors";
import { computeEvidencePack } from "./evidence/compute";
import { includedParts } from "./evidence/pack";
import { publishReportInput } from "./schemas";

/**
 * An admin publishes: the current text becomes an immutable numbered version. Publishing again after
 * publication is a correction and must say what was corrected. Four eyes: the admin who publishes is
 * none of those who wrote any part of it (text, timeline, recommendations), nor who submitted it, nor an
 * account one of them created or last reset; and they publish exactly the
 * version they read (`expectedVersion`), so text changed after their review is not published unseen.
 */
export async function publishReport({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof publishReportInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { reportId, correctionNote, expectedVersion } = publishReportInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(evaluationReports).where(eq(evaluationReports.id, reportId)).for("update");
    if (!report) throw notFound("report");
    if (report.status === "draft" || report.status === "withdrawn") throw invalidTransition(`report is ${report.status}`);
    if (report.version !== expectedVersion)
      throw new DomainError("CONFLICT", "report changed since it was read", { _form: ["errors.changedMeanwhile"] });
    const hands = new Set([report.createdById, report.lastEditedById, report.submittedById, ...report.contributorIds].filter((id) => id !== null));
    if (hands.has(actor.userId)) {
      throw new DomainError("FORBIDDEN", "an author, editor or submitter may not publish", { _form: ["errors.fourEyes"] });
    }
    // An account an author created or last reset is, for four eyes, that author again.
    const [publisher] = await tx.select({ sponsorIds: users.sponsorIds }).from(users).where(eq(users.id, actor.userId));
    if (publisher?.sponsorIds.some((id) => hands.has(id))) {
      throw new DomainError("FORBIDDEN", "an account made or reset by an author may not publish", { _form: ["errors.fourEyesSponsor"] });
    }
    const version = report.publishedVersion + 1;
    const isCorrection = version > 1;
    if (isCorrection && !correctionNote)
      throw new DomainError("VALIDATION", "a correction needs a note", { correctionNote: ["errors.reasonRequired"] });
    // The figures as they stand now, frozen with this version: later reports never change a published number.
    const evidence = report.evidenceParts.length ? includedParts(await computeEvidencePack(tx, reportId, report.evidenceParts, now)) : null;
    await tx.insert(evaluationReportVersions).values({
      reportId,
      version,
      title: report.title,
      summary: report.summary,
      bodyMd: report.bodyMd,
      findings: report.findings,
      maladministrationTypes: report.maladministrationTypes,
      timeline: report.timeline,
      evidence,
      isCorrection,
      correctionNote: isCorrection ? correctionNote : null,
      publishedById: actor.userId,
      publishedAt: now,
    });
    await tx
      .update(evaluationReports)
      .set({
        status: "published",
        publishedVersion: version,
        publishedAt: report.publishedAt ?? now,
        publishedById: actor.userId,
        version: sql`${evaluationReports.version} + 1`,
      })
      .where(eq(evaluationReports.id, reportId));
    await writeAudit(tx, actor, {
      action: isCorrection ? "report.correct" : "report.publish",
      entityType: "report",
      entityId: reportId,
      after: { version, correctionNote: correctionNote ?? null },
    });
    return { slug: report.slug, version };
  });
}
