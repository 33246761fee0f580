import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { MIN_CELL } from "@/server/domain/open-data/datasets";
import { inJakarta, jakartaMidnight } from "@/server/domain/jakarta-sql";
import { ratingSummary } from "@/server/domain/rating/summary";
import { statisticsInput } from "./schemas";

const NO_PLACE = { id: "Tanpa tempat", en: "No place given" };

type Count = { key: string; label: { id: string; en: string }; count: number };

/** Groups under the publication threshold are added up into one "other" row, so no bar points at a few people. */
function foldSmall(rows: Count[]): Count[] {
  const big = rows.filter((r) => r.count >= MIN_CELL);
  const small = rows.filter((r) => r.count < MIN_CELL).reduce((n, r) => n + r.count, 0);
  return small > 0 ? [...big, { key: "_other", label: { id: "Lainnya (kelompok kecil)", en: "Other (small groups)" }, count: small }] : big;
}

/**
 * Public statistics for a period (Jakarta days, both ends included; open ends mean "since the start" and
 * "until now"): complaints over time and by category, agency and place; median time to first response and
 * to resolution; incidents per month; and by channel (web, email, WhatsApp…).
 */
export async function getPublicStatistics({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { from, to } = statisticsInput.parse(input ?? {});
  const start = from ? jakartaMidnight(from) : sql`'-infinity'::timestamptz`;
  const end = to ? jakartaMidnight(sql`${to}::date + 1`) : sql`'infinity'::timestamptz`;
  const inPeriod = sql`c.created_at >= ${start} and c.created_at < ${end}`;
  const [[totals], months, categories, channels, byAgency, byPlace, incidentMonths, rating] = await Promise.all([
    selectRows<{ total: number; first_response_hours: number | null; resolution_days: number | null }>(
      ctx.readDb,
      sql`select count(*)::int as total,
            (percentile_cont(0.5) within group (order by extract(epoch from fr.at - c.created_at) / 3600))::float8 as first_response_hours,
            (percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.created_at) / 86400) filter (where c.closed_at is not null))::float8 as resolution_days
          from complaints c
          left join lateral (select min(e.created_at) as at from complaint_stage_events e where e.complaint_id = c.id and e.from_stage is not null) fr on true
          where ${inPeriod}`,
    ),
    selectRows<{ month: string; n: number }>(
      ctx.readDb,
      sql`select to_char(${inJakarta(sql`c.created_at`)}, 'YYYY-MM') as month, count(*)::int as n from complaints c where ${inPeriod} group by 1 order by 1`,
    ),
    selectRows<{ key: string; n: number }>(
      ctx.readDb,
      sql`select c.category as key, count(*)::int as n from complaints c where ${inPeriod} group by 1 order by 2 desc`,
    ),
    selectRows<{ key: string; n: number }>(
      ctx.readDb,
      sql`select c.channel as key, count(*)::int as n from complaints c where ${inPeriod} group by 1 order by 2 desc`,
    ),
    selectRows<{ key: string; name_id: string; name_en: string; n: number }>(
      ctx.readDb,
      sql`select coalesce(a.slug, '_none') as key, coalesce(a.name_id, 'Tanpa instansi') as name_id, coalesce(a.name_en, 'No agency') as name_en, count(*)::int as n
          from complaints c left join agencies a on a.id = c.agency_id where ${inPeriod} group by 1, 2, 3 order by 4 desc`,
    ),
    selectRows<{ key: string; name: string; n: number }>(
      ctx.readDb,
      sql`select coalesce(p.slug, '_none') as key, coalesce(p.name, '—') as name, count(*)::int as n
          from complaints c left join places p on p.id = c.place_id where ${inPeriod} group by 1, 2 order by 3 desc`,
    ),
    selectRows<{ month: string; n: number }>(
      ctx.readDb,
      sql`select to_char(${inJakarta(sql`i.first_report_at`)}, 'YYYY-MM') as month, count(*)::int as n
          from incidents i where i.is_public and i.state = 'confirmed' and i.first_report_at >= ${start} and i.first_report_at < ${end}
          group by 1 order by 1`,
    ),
    ratingSummary(ctx.readDb, inPeriod),
  ]);
  const round = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  return {
    period: { from: from ?? null, to: to ?? null },
    total: totals?.total ?? 0,
    medianFirstResponseHours: round(totals?.first_response_hours),
    medianResolutionDays: round(totals?.resolution_days),
    overTime: months.map((m) => ({ month: m.month, count: m.n })),
    byCategory: foldSmall(categories.map((c) => ({ key: c.key, label: { id: c.key, en: c.key }, count: c.n }))),
    byChannel: foldSmall(channels.map((c) => ({ key: c.key, label: { id: c.key, en: c.key }, count: c.n }))),
    byAgency: foldSmall(byAgency.map((a) => ({ key: a.key, label: { id: a.name_id, en: a.name_en }, count: a.n }))),
    byPlace: foldSmall(byPlace.map((p) => ({ key: p.key, label: p.key === "_none" ? NO_PLACE : { id: p.name, en: p.name }, count: p.n }))),
    incidentsPerMonth: incidentMonths.map((m) => ({ month: m.month, count: m.n })),
    rating,
  };
}
