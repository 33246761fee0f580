import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { inJakarta } from "@/server/domain/jakarta-sql";
import { publishedListInput } from "./schemas";

/**
 * Published reports, newest first, as their latest version reads: searched in title, summary and findings,
 * filtered by an agency named in a recommendation or a covered incident, by year, and by maladministration type.
 */
export async function listPublishedReports({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const f = publishedListInput.parse(input ?? {});
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await selectRows<{
    slug: string;
    title: string;
    summary: string;
    published_at: string;
    updated_at: string;
    version: number;
    types: string[];
    agencies: string[] | null;
  }>(
    ctx.readDb,
    sql`select e.slug, v.title, v.summary, e.published_at, v.published_at as updated_at, v.version, v.maladministration_types as types,
          (select array_agg(distinct a.slug) from agencies a where a.id in (
             select r.agency_id from recommendations r where r.report_id = e.id
             union select i.agency_id from evaluation_report_incidents ri join incidents i on i.id = ri.incident_id where ri.report_id = e.id)) as agencies
        from evaluation_reports e
        join evaluation_report_versions v on v.report_id = e.id and v.version = e.published_version
        where e.published_version > 0
          ${like ? sql`and (v.title ilike ${like} or v.summary ilike ${like} or v.findings ilike ${like})` : sql``}
          ${f.year ? sql`and extract(year from ${inJakarta(sql`e.published_at`)}) = ${f.year}` : sql``}
          ${f.type ? sql`and ${f.type} = any(v.maladministration_types)` : sql``}
          ${
            f.agency
              ? sql`and exists (select 1 from agencies a where a.slug = ${f.agency} and (
                  a.id in (select r.agency_id from recommendations r where r.report_id = e.id)
                  or a.id in (select i.agency_id from evaluation_report_incidents ri join incidents i on i.id = ri.incident_id where ri.report_id = e.id)))`
              : sql``
          }
        order by e.published_at desc
        limit 200`,
  );
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    publishedAt: new Date(r.published_at),
    updatedAt: new Date(r.updated_at),
    version: r.version,
    maladministrationTypes: r.types,
    agencies: r.agencies ?? [],
  }));
}
