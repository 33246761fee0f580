import type { z } from "zod";
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { evaluationReportIncidents, evaluationReports, incidents } from "@/server/db/schema";
import { EVIDENCE_PARTS, STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { createReportInput } from "./schemas";
import { prefillTimeline } from "./timeline";
import { oneRow } from "@/server/db/one-row";

/** A readable, stable public address: words of the title plus a short random suffix. */
export function slugFor(title: string): string {
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
export async function createReportDraft({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof createReportInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const data = createReportInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const found = await tx.select({ id: incidents.id }).from(incidents).where(inArray(incidents.id, data.incidentIds));
    if (found.length !== new Set(data.incidentIds).size)
      throw new DomainError("VALIDATION", "unknown incident", { incidentIds: ["errors.incidentRequired"] });
    const { incidentIds, ...fields } = data;
    const report = oneRow(
      await tx
        .insert(evaluationReports)
        .values({
          ...fields,
          slug: slugFor(data.title),
          timeline: await prefillTimeline(tx, incidentIds),
          evidenceParts: [...EVIDENCE_PARTS],
          createdById: actor.userId,
          lastEditedById: actor.userId,
          contributorIds: [actor.userId],
        })
        .returning({ id: evaluationReports.id, slug: evaluationReports.slug }),
    );
    await tx.insert(evaluationReportIncidents).values(incidentIds.map((incidentId) => ({ reportId: report.id, incidentId })));
    await writeAudit(tx, actor, { action: "report.create", entityType: "report", entityId: report.id, after: { title: data.title, incidentIds } });
    return report;
  });
}
