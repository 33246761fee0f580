import { sql } from "drizzle-orm";
import { selectRows } from "../../db/rows";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "../../db/schema/constants";
import type { Queryable } from "../../db/types";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";
import { inJakarta } from "../../db/jakarta-sql";
import { scorecardInput } from "./schemas";

type AgencyFigures = {
  slug: string;
  name: { id: string; en: string };
  requests: number;
  answered: number;
  answeredOnTime: number;
  /** Share of requests whose deadline has passed or that were answered, answered by the deadline; null with none. */
  onTimePct: number | null;
  medianAnswerDays: number | null;
  openIncidents: number;
  recommendations: Record<RecommendationStatus, number>;
};

/**
 * The figures of every agency, or one: how it answers the Ombudsman (on time, how fast) and whether it
 * carries out recommendations. One query per concern, grouped by agency, so the index page costs the same.
 */
async function agencyFigures(db: Queryable, now: Date, slug?: string): Promise<AgencyFigures[]> {
  const only = slug ? sql`and a.slug = ${slug}` : sql``;
  const at = now.toISOString();
  const [requests, recs, open] = await Promise.all([
    selectRows<{ slug: string; name_id: string; name_en: string; requests: number; answered: number; on_time: number; due: number; median_days: number | null }>(
      db,
      sql`select a.slug, a.name_id, a.name_en,
            count(r.id)::int as requests,
            count(r.answered_at)::int as answered,
            count(*) filter (where r.answered_at <= r.due_at)::int as on_time,
            count(*) filter (where r.answered_at is not null or r.due_at < ${at}::timestamptz)::int as due,
            (percentile_cont(0.5) within group (order by extract(epoch from r.answered_at - r.sent_at) / 86400))::float8 as median_days
          from agencies a left join clarification_requests r on r.agency_id = a.id and r.status <> 'withdrawn'
          where a.active ${only}
          group by a.slug, a.name_id, a.name_en
          order by a.name_id`,
    ),
    selectRows<{ slug: string; status: RecommendationStatus; n: number }>(
      db,
      sql`select a.slug, r.status, count(*)::int as n
          from recommendations r join evaluation_reports e on e.id = r.report_id and e.status = 'published'
          join agencies a on a.id = r.agency_id
          where true ${only}
          group by a.slug, r.status`,
    ),
    selectRows<{ slug: string; n: number }>(
      db,
      sql`select a.slug, count(*)::int as n from incidents i join agencies a on a.id = i.agency_id
          where i.is_public and i.state = 'confirmed' and i.public_status <> 'resolved' ${only}
          group by a.slug`,
    ),
  ]);
  return requests.map((r) => ({
    slug: r.slug,
    name: { id: r.name_id, en: r.name_en },
    requests: r.requests,
    answered: r.answered,
    answeredOnTime: r.on_time,
    onTimePct: r.due > 0 ? Math.round((1000 * r.on_time) / r.due) / 10 : null,
    medianAnswerDays: r.median_days === null ? null : Math.round(r.median_days * 10) / 10,
    openIncidents: open.find((o) => o.slug === r.slug)?.n ?? 0,
    recommendations: Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, recs.find((x) => x.slug === r.slug && x.status === s)?.n ?? 0])) as Record<RecommendationStatus, number>,
  }));
}

/** Every agency's figures: the scorecard index. */
export async function listScorecards({ ctx }: { ctx: DomainCtx }) {
  return agencyFigures(ctx.db, ctx.now());
}

/** One agency's scorecard, with its trend per quarter (requests sent that quarter, and how many were answered on time). */
export async function getScorecard({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { slug } = scorecardInput.parse(input);
  const [figures] = await agencyFigures(ctx.db, ctx.now(), slug);
  if (!figures) throw notFound("agency");
  const trend = await selectRows<{ quarter: string; requests: number; on_time: number; implemented: number }>(
    ctx.db,
    sql`with q as (
          select to_char(date_trunc('quarter', ${inJakarta(sql`r.sent_at`)}), 'YYYY-"Q"Q') as quarter,
                 count(*)::int as requests, count(*) filter (where r.answered_at <= r.due_at)::int as on_time
          from clarification_requests r join agencies a on a.id = r.agency_id
          where a.slug = ${slug} and r.status <> 'withdrawn' group by 1
        ), d as (
          select to_char(date_trunc('quarter', ${inJakarta(sql`ev.created_at`)}), 'YYYY-"Q"Q') as quarter, count(*)::int as implemented
          from recommendation_events ev join recommendations r on r.id = ev.recommendation_id join agencies a on a.id = r.agency_id
          where a.slug = ${slug} and ev.to_status = 'implemented' and ev.decision_note is not null group by 1
        )
        select coalesce(q.quarter, d.quarter) as quarter, coalesce(q.requests, 0) as requests, coalesce(q.on_time, 0) as on_time, coalesce(d.implemented, 0) as implemented
        from q full join d on d.quarter = q.quarter order by 1`,
  );
  return { ...figures, trend: trend.map((t) => ({ quarter: t.quarter, requests: t.requests, answeredOnTime: t.on_time, implemented: t.implemented })) };
}
