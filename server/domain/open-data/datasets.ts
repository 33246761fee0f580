import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Queryable } from "@/server/db/types";
import { inJakarta } from "@/server/domain/jakarta-sql";

/** Anonymised counts below this are not published: a cell of one or two reports can point at a person. */
export const MIN_CELL = 5;

export type Dataset = {
  name: "incidents" | "reports" | "complaint-counts" | "ratings";
  columns: readonly string[];
  rows(db: Queryable, now: Date): Promise<Array<Record<string, string | number | boolean | null>>>;
};

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "string" && v ? new Date(v).toISOString() : null);

/** Public incidents, one row each: what the incident board shows, nothing of any reporter. */
const incidentsDataset: Dataset = {
  name: "incidents",
  columns: [
    "code",
    "title_id",
    "title_en",
    "agency",
    "service",
    "status",
    "severity",
    "report_count",
    "place_count",
    "places",
    "started_at",
    "ended_at",
    "public_updates",
  ],
  async rows(db) {
    const rows = await selectRows<Record<string, unknown>>(
      db,
      sql`select i.code, i.title_id, coalesce(nullif(i.title_en, ''), i.title_id) as title_en, a.name_id as agency, s.name_id as service,
            i.public_status as status, i.severity, i.report_count,
            (select count(*)::int from incident_places ip where ip.incident_id = i.id) as place_count,
            (select string_agg(p.name, '; ' order by p.name) from incident_places ip join places p on p.id = ip.place_id where ip.incident_id = i.id) as places,
            i.first_report_at, i.resolved_at,
            (select count(*)::int from incident_updates u where u.incident_id = i.id) as public_updates
          from incidents i left join agencies a on a.id = i.agency_id left join services s on s.id = i.service_id
          where i.is_public and i.state = 'confirmed'
          order by i.first_report_at`,
    );
    return rows.map((r) => ({
      code: r.code as string,
      title_id: r.title_id as string,
      title_en: r.title_en as string,
      agency: (r.agency as string | null) ?? null,
      service: (r.service as string | null) ?? null,
      status: r.status as string,
      severity: r.severity as string,
      report_count: Number(r.report_count),
      place_count: Number(r.place_count),
      places: (r.places as string | null) ?? "",
      started_at: iso(r.first_report_at),
      ended_at: iso(r.resolved_at),
      public_updates: Number(r.public_updates),
    }));
  },
};

/** Published reports with each recommendation and its current status: one row per recommendation. */
const reportsDataset: Dataset = {
  name: "reports",
  columns: [
    "report_slug",
    "report_title",
    "published_at",
    "version",
    "recommendation",
    "agency",
    "recommendation_text",
    "due_at",
    "status",
    "overdue",
  ],
  async rows(db, now) {
    const rows = await selectRows<Record<string, unknown>>(
      db,
      sql`select e.slug, v.title, e.published_at, e.published_version, r.ordinal, a.name_id as agency, r.body, r.due_at, r.status
          from evaluation_reports e
          join evaluation_report_versions v on v.report_id = e.id and v.version = e.published_version
          join recommendations r on r.report_id = e.id
          join agencies a on a.id = r.agency_id
          where e.published_version > 0
          order by e.published_at, e.slug, r.ordinal`,
    );
    return rows.map((r) => ({
      report_slug: r.slug as string,
      report_title: r.title as string,
      published_at: iso(r.published_at),
      version: Number(r.published_version),
      recommendation: Number(r.ordinal),
      agency: r.agency as string,
      recommendation_text: r.body as string,
      due_at: iso(r.due_at),
      status: r.status as string,
      overdue:
        ["pending", "in_progress", "partially_implemented"].includes(r.status as string) && new Date(String(r.due_at)).getTime() < now.getTime(),
    }));
  },
};

/**
 * Complaints counted by day (Jakarta), category, channel, agency, service and place. No text, no code, no contact;
 * a cell of fewer than five reports is published without its number.
 */
const complaintCountsDataset: Dataset = {
  name: "complaint-counts",
  columns: ["day", "category", "channel", "agency", "service", "place", "complaints", "suppressed"],
  async rows(db) {
    const rows = await selectRows<{
      day: string;
      category: string;
      channel: string;
      agency: string | null;
      service: string | null;
      place: string | null;
      n: number;
    }>(
      db,
      sql`select to_char(${inJakarta(sql`c.created_at`)}, 'YYYY-MM-DD') as day, c.category, c.channel,
            a.name_id as agency, s.name_id as service, p.name as place, count(*)::int as n
          from complaints c left join agencies a on a.id = c.agency_id left join services s on s.id = c.service_id left join places p on p.id = c.place_id
          group by 1, 2, 3, 4, 5, 6
          order by 1, 2, 3, 4, 5, 6`,
    );
    return rows.map((r) => ({
      day: r.day,
      category: r.category,
      channel: r.channel,
      agency: r.agency,
      service: r.service,
      place: r.place,
      complaints: r.n >= MIN_CELL ? r.n : null,
      suppressed: r.n < MIN_CELL,
    }));
  },
};

/**
 * How reporters rated the handling of closed cases, per agency and quarter of closing: the count always; the
 * average and the count of each score only for a group of five ratings or more. Never a comment.
 */
const ratingsDataset: Dataset = {
  name: "ratings",
  columns: ["quarter", "agency", "ratings", "average", "score_1", "score_2", "score_3", "score_4", "score_5", "suppressed"],
  async rows(db) {
    const rows = await selectRows<{ quarter: string; agency: string | null; n: number; average: number; s: number[] }>(
      db,
      sql`select to_char(date_trunc('quarter', ${inJakarta(sql`coalesce(c.closed_at, r.created_at)`)}), 'YYYY-"Q"Q') as quarter, a.name_id as agency,
            count(*)::int as n, avg(r.score)::float8 as average,
            array[count(*) filter (where r.score = 1), count(*) filter (where r.score = 2), count(*) filter (where r.score = 3),
                  count(*) filter (where r.score = 4), count(*) filter (where r.score = 5)]::int[] as s
          from complaint_ratings r join complaints c on c.id = r.complaint_id left join agencies a on a.id = c.agency_id
          group by 1, 2 order by 1, 2`,
    );
    return rows.map((r) => {
      const shown = r.n >= MIN_CELL;
      const score = (i: number) => (shown ? (r.s[i] ?? 0) : null);
      return {
        quarter: r.quarter,
        agency: r.agency,
        ratings: r.n,
        average: shown ? Math.round(r.average * 10) / 10 : null,
        score_1: score(0),
        score_2: score(1),
        score_3: score(2),
        score_4: score(3),
        score_5: score(4),
        suppressed: !shown,
      };
    });
  },
};

export const DATASETS: readonly Dataset[] = [incidentsDataset, reportsDataset, complaintCountsDataset, ratingsDataset];
