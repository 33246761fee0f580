import type { z } from "zod";
import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { jakartaMidnight } from "@/server/domain/jakarta-sql";
import { periodicReportInput } from "./schemas";

export function periodBounds(period: string): { from: string; to: string } {
  const [year, q] = period.split("-Q");
  if (!q) return { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` };
  const startMonth = (Number(q) - 1) * 3 + 1;
  const endYear = startMonth + 3 > 12 ? Number(year) + 1 : Number(year);
  const endMonth = startMonth + 3 > 12 ? 1 : startMonth + 3;
  return { from: `${year}-${String(startMonth).padStart(2, "0")}-01`, to: `${endYear}-${String(endMonth).padStart(2, "0")}-01` };
}

/**
 * The periodic report: how many reports and of what kind, how cases ended, and which agencies did not
 * cooperate (clarification requests that lapsed unanswered) or did not implement recommendations
 * (decided "not implemented", or still open past their due date at the end of the period).
 */
export async function getPeriodicReport({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof periodicReportInput> }) {
  const { period } = periodicReportInput.parse(input);
  const { from, to } = periodBounds(period);
  const start = jakartaMidnight(from);
  const end = jakartaMidnight(to);
  const [[totals], byCategory, byChannel, outcomes, uncooperative, notImplemented] = await Promise.all([
    selectRows<{ received: number; closed: number; incidents: number; reports_published: number }>(
      ctx.readDb,
      sql`select
            (select count(*)::int from complaints where created_at >= ${start} and created_at < ${end}) as received,
            (select count(*)::int from complaints where closed_at >= ${start} and closed_at < ${end}) as closed,
            (select count(*)::int from incidents where is_public and state = 'confirmed' and first_report_at >= ${start} and first_report_at < ${end}) as incidents,
            (select count(*)::int from evaluation_reports where published_at >= ${start} and published_at < ${end}) as reports_published`,
    ),
    selectRows<{ key: string; n: number }>(
      ctx.readDb,
      sql`select category as key, count(*)::int as n from complaints where created_at >= ${start} and created_at < ${end} group by 1 order by 2 desc`,
    ),
    selectRows<{ key: string; n: number }>(
      ctx.readDb,
      sql`select channel as key, count(*)::int as n from complaints where created_at >= ${start} and created_at < ${end} group by 1 order by 2 desc`,
    ),
    selectRows<{ key: string; n: number }>(
      ctx.readDb,
      sql`select outcome as key, count(*)::int as n from complaints where closed_at >= ${start} and closed_at < ${end} group by 1 order by 2 desc`,
    ),
    selectRows<{ slug: string; name_id: string; name_en: string; lapsed: number }>(
      ctx.readDb,
      sql`select a.slug, a.name_id, a.name_en, count(*)::int as lapsed
          from clarification_requests r join agencies a on a.id = r.agency_id
          where r.due_at >= ${start} and r.due_at < ${end} and (r.answered_at is null or r.answered_at > r.due_at) and r.status <> 'withdrawn'
          group by 1, 2, 3 order by 4 desc`,
    ),
    selectRows<{ slug: string; name_id: string; name_en: string; n: number }>(
      ctx.readDb,
      sql`select a.slug, a.name_id, a.name_en, count(*)::int as n
          from recommendations r join evaluation_reports e on e.id = r.report_id and e.status = 'published' join agencies a on a.id = r.agency_id
          where r.due_at < ${end} and (r.status = 'not_implemented' or (r.status in ('pending', 'in_progress', 'partially_implemented') and r.due_at >= ${start}))
          group by 1, 2, 3 order by 4 desc`,
    ),
  ]);
  return {
    period,
    from,
    to,
    received: totals?.received ?? 0,
    closed: totals?.closed ?? 0,
    incidents: totals?.incidents ?? 0,
    reportsPublished: totals?.reports_published ?? 0,
    byCategory: byCategory.map((r) => ({ key: r.key, count: r.n })),
    byChannel: byChannel.map((r) => ({ key: r.key, count: r.n })),
    outcomes: outcomes.map((r) => ({ key: r.key, count: r.n })),
    uncooperative: uncooperative.map((r) => ({ slug: r.slug, name: { id: r.name_id, en: r.name_en }, count: r.lapsed })),
    notImplementing: notImplemented.map((r) => ({ slug: r.slug, name: { id: r.name_id, en: r.name_en }, count: r.n })),
  };
}

/** The same figures as CSV rows (section, key, value), for the download. */
export function periodicReportRows(report: Awaited<ReturnType<typeof getPeriodicReport>>): string[][] {
  return [
    ["section", "key", "value"],
    ["summary", "period", report.period],
    ["summary", "received", String(report.received)],
    ["summary", "closed", String(report.closed)],
    ["summary", "incidents", String(report.incidents)],
    ["summary", "reports_published", String(report.reportsPublished)],
    ...report.byCategory.map((r) => ["category", r.key, String(r.count)]),
    ...report.byChannel.map((r) => ["channel", r.key, String(r.count)]),
    ...report.outcomes.map((r) => ["outcome", r.key, String(r.count)]),
    ...report.uncooperative.map((r) => ["unanswered_requests", r.name.id, String(r.count)]),
    ...report.notImplementing.map((r) => ["recommendations_not_implemented", r.name.id, String(r.count)]),
  ];
}
