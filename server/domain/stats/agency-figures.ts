import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { ratingSummaries, summaryOf } from "@/server/domain/rating/summary";
import type { RatingSummary } from "@/server/domain/rating/schemas";

export type AgencyFigures = {
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
  /** How reporters rated the handling of the agency's closed cases (average and spread from 5 ratings on). */
  rating: RatingSummary;
};

/**
 * The figures of every agency, or one: how it answers the Ombudsman (on time, how fast) and whether it
 * carries out recommendations. One query per concern, grouped by agency, so the index page costs the same.
 */
export async function agencyFigures(db: Queryable, now: Date, slug?: string): Promise<AgencyFigures[]> {
  const only = slug ? sql`and a.slug = ${slug}` : sql``;
  const at = now.toISOString();
  const [requests, recs, open, ratings] = await Promise.all([
    selectRows<{
      slug: string;
      name_id: string;
      name_en: string;
      requests: number;
      answered: number;
      on_time: number;
      due: number;
      median_days: number | null;
    }>(
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
    ratingSummaries(
      db,
      sql`(select a.slug from agencies a where a.id = c.agency_id)`,
      slug ? sql`c.agency_id = (select id from agencies a where a.slug = ${slug})` : sql`c.agency_id is not null`,
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
    recommendations: Object.fromEntries(
      RECOMMENDATION_STATUSES.map((s) => [s, recs.find((x) => x.slug === r.slug && x.status === s)?.n ?? 0]),
    ) as Record<RecommendationStatus, number>,
    rating: ratings.get(r.slug) ?? summaryOf(undefined),
  }));
}
