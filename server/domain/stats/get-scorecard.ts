import type { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { agencies } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { inJakarta } from "@/server/domain/jakarta-sql";
import { scorecardInput } from "./schemas";
import { agencyFigures } from "./agency-figures";

/** Whether an agency has a scorecard at this address: an active agency (agencyFigures counts only those). */
export async function scorecardKnown(ctx: DomainCtx, raw: string): Promise<boolean> {
  const parsed = scorecardInput.safeParse({ slug: raw });
  if (!parsed.success) return false;
  const [hit] = await ctx.readDb
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.slug, parsed.data.slug), eq(agencies.active, true)))
    .limit(1);
  return hit !== undefined;
}

/** One agency's scorecard, with its trend per quarter (requests sent that quarter, and how many were answered on time). */
export async function getScorecard({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof scorecardInput> }) {
  const { slug } = scorecardInput.parse(input);
  const [figures] = await agencyFigures(ctx.readDb, ctx.now(), slug);
  if (!figures) throw notFound("agency");
  const trend = await selectRows<{ quarter: string; requests: number; on_time: number; implemented: number }>(
    ctx.readDb,
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
  return {
    ...figures,
    trend: trend.map((t) => ({ quarter: t.quarter, requests: t.requests, answeredOnTime: t.on_time, implemented: t.implemented })),
  };
}
