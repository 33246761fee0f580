import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { OPEN_DATA_LICENCE } from "@/server/domain/open-data/export";
import { getPublishedReport } from "@/server/domain/report/get-published";
import { labelledCounts, milestoneList } from "@/server/charts/evidence-labels";

export const evidenceExportInput = z.object({ slug: z.string().trim().min(1).max(200), file: z.enum(["evidence.csv", "evidence.json"]) });

const COLUMNS = ["section", "key", "label", "at", "until", "count", "working_days", "limit_working_days", "status"] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number | null>>;

/**
 * The evidence pack of a published report's latest version as open data: JSON as frozen, or one tidy CSV table
 * (a row per figure, its section saying what it is). Nothing personal is in it; small counts stay withheld.
 */
export async function exportEvidence({ ctx, input }: { ctx: DomainCtx; input: { slug: string; file: string } }) {
  const parsed = evidenceExportInput.safeParse(input);
  if (!parsed.success) throw notFound("evidence");
  const { slug, file } = parsed.data;
  const format = file === "evidence.csv" ? "csv" : "json";
  const report = await getPublishedReport({ ctx, input: { slug } });
  if (!report.evidence) throw notFound("evidence");
  const pack = report.evidence;
  const filename = `${report.slug}-v${report.version}-evidence.${format}`;
  if (format === "json") {
    return {
      filename,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ report: report.slug, version: report.version, licence: OPEN_DATA_LICENCE, evidence: pack }),
    };
  }
  const counts = labelledCounts(pack, ctx.locale);
  const rows: Row[] = [
    { section: "total", count: pack.totalReports },
    ...pack.series.points.map((p) => ({ section: `series_${pack.series.unit}`, at: p.at, count: p.count })),
    ...pack.outages.map((o) => ({ section: "measured_outage", label: o.monitor, at: o.startedAt, until: o.endedAt, count: o.failedChecks })),
    ...pack.channels.map((c, i) => ({ section: "channel", key: c.key, label: counts.channels[i]?.label ?? c.key, count: c.count })),
    ...pack.categories.map((c, i) => ({ section: "category", key: c.key, label: counts.categories[i]?.label ?? c.key, count: c.count })),
    ...pack.places.map((p, i) => ({ section: "place", key: p.kind, label: counts.places[i]?.label ?? p.kind, count: p.count })),
    ...(pack.parts.includes("milestones") ? milestoneList(pack).map((m) => ({ section: "milestone", key: m.key, at: m.at, status: m.source })) : []),
    ...pack.clarifications.map((c) => ({
      section: "clarification",
      label: c.agency[ctx.locale],
      at: c.sentAt,
      until: c.answeredAt,
      working_days: c.workingDays,
      limit_working_days: c.limitWorkingDays,
      status: c.withinDeadline === null ? "open" : c.withinDeadline ? "on_time" : "late",
    })),
    ...pack.recommendations.map((r) => ({
      section: "recommendation",
      key: String(r.ordinal),
      label: r.agency[ctx.locale],
      until: r.dueAt,
      status: r.status,
    })),
  ];
  return { filename, contentType: "text/csv; charset=utf-8", body: stringify(rows, { header: true, columns: [...COLUMNS] }) };
}
