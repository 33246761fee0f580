import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { EvidencePart } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { MIN_CELL } from "@/server/domain/open-data/datasets";
import { loadProcedureConfig } from "@/server/domain/procedure/load-config";
import { workingDaysBetween } from "@/server/domain/procedure/calendar";
import { outagesOfIncidents } from "@/server/domain/monitor/status";
import type { EvidencePack } from "./pack";

const HOUR_MS = 3600_000;
/** Past this span a chart of hours has too many bars to read: it counts days instead. */
const HOURLY_SPAN_LIMIT_MS = 4 * 24 * HOUR_MS;

// Keys no place name can take (names are typed text; these hold a control character).
const UNKNOWN_PLACE = "\u0000unknown";
const OTHER = "\u0000other";
const OTHER_KEY = "other";

const isoOf = (v: string | Date) => new Date(v).toISOString();
const iso = (v: string | Date | null | undefined) => (v === null || v === undefined ? null : isoOf(v));
const small = (n: number) => (n >= MIN_CELL ? n : null);

/** Counts by key, biggest first; keys under the small-cell minimum are merged into one "other" row (withheld if it is small too). */
function withSmallMerged<K extends string | null>(rows: Array<{ key: K; n: number }>, other: K) {
  const big = rows.filter((r) => r.n >= MIN_CELL).sort((a, b) => b.n - a.n);
  const rest = rows.filter((r) => r.n < MIN_CELL).reduce((n, r) => n + r.n, 0);
  return [...big.map((r) => ({ key: r.key, count: r.n })), ...(rest > 0 ? [{ key: other, count: small(rest) }] : [])];
}

/**
 * Computes a report's evidence pack from the record of the incidents it covers: reports over time with the
 * measured outages, by channel, place and category; the milestones from first report to service restored;
 * each clarification request against its deadline; the recommendations. Aggregates only: nothing of a reporter.
 */
export async function computeEvidencePack(db: Queryable, reportId: string, parts: readonly EvidencePart[], now: Date): Promise<EvidencePack> {
  const covered = await selectRows<{ id: string; code: string; title_id: string; title_en: string }>(
    db,
    sql`select i.id, i.code, i.title_id, i.title_en from evaluation_report_incidents ri join incidents i on i.id = ri.incident_id
        where ri.report_id = ${reportId}::uuid order by i.first_report_at nulls last, i.code`,
  );
  const ids = JSON.stringify(covered.map((i) => i.id));
  const inIncidents = (column: string) => sql`${sql.raw(column)} in (select value::uuid from jsonb_array_elements_text(${ids}::jsonb))`;

  const [span] = await selectRows<{ first: string | null; last: string | null; n: number }>(
    db,
    sql`select min(created_at)::text as first, max(created_at)::text as last, count(*)::int as n from complaints where ${inIncidents("incident_id")}`,
  );
  const outages = await outagesOfIncidents(
    db,
    covered.map((i) => i.id),
  );
  const times = [span?.first, span?.last, ...outages.flatMap((o) => [o.startedAt, o.endedAt])]
    .filter((t) => t !== null && t !== undefined)
    .map((t) => new Date(t).getTime());
  const from = times.length ? Math.min(...times) : null;
  const to = times.length ? Math.max(...times) : null;
  const unit = from !== null && to !== null && to - from > HOURLY_SPAN_LIMIT_MS ? "day" : "hour";
  // Jakarta is UTC+7 all year: its hours are UTC hours; its days start at 17:00 UTC.
  const bucket =
    unit === "hour"
      ? sql`date_trunc('hour', created_at)`
      : sql`(date_trunc('day', created_at at time zone 'Asia/Jakarta') at time zone 'Asia/Jakarta')`;

  const [series, channels, categories, placeRows, milestones, requests, recs, config] = await Promise.all([
    from === null || to === null
      ? Promise.resolve([])
      : selectRows<{ at: string; n: number }>(
          db,
          sql`with b as (select ${bucket} as at, count(*)::int as n from complaints where ${inIncidents("incident_id")} group by 1),
              s as (select generate_series(
                      ${unit === "hour" ? sql`date_trunc('hour', ${new Date(from).toISOString()}::timestamptz)` : sql`(date_trunc('day', ${new Date(from).toISOString()}::timestamptz at time zone 'Asia/Jakarta') at time zone 'Asia/Jakarta')`},
                      ${new Date(to).toISOString()}::timestamptz, ${unit === "hour" ? sql`interval '1 hour'` : sql`interval '1 day'`}) as at)
              select s.at::text as at, coalesce(b.n, 0)::int as n from s left join b on b.at = s.at order by s.at`,
        ),
    selectRows<{ key: string; n: number }>(
      db,
      sql`select channel as key, count(*)::int as n from complaints where ${inIncidents("incident_id")} group by 1`,
    ),
    selectRows<{ key: string; n: number }>(
      db,
      sql`select category as key, count(*)::int as n from complaints where ${inIncidents("incident_id")} group by 1`,
    ),
    selectRows<{ key: string | null; n: number }>(
      db,
      sql`select p.name as key, count(*)::int as n from complaints c left join places p on p.id = c.place_id where ${inIncidents("c.incident_id")} group by 1`,
    ),
    selectRows<{ confirmed: string | null; first_update: string | null; agency_update: string | null; agency_restored: string | null }>(
      db,
      sql`select
            (select min(confirmed_at)::text from incidents where ${inIncidents("id")}) as confirmed,
            (select min(created_at)::text from incident_updates where ${inIncidents("incident_id")}) as first_update,
            (select min(created_at)::text from incident_updates where agency_id is not null and ${inIncidents("incident_id")}) as agency_update,
            (select min(created_at)::text from incident_updates where agency_id is not null and status in ('monitoring', 'resolved') and ${inIncidents("incident_id")}) as agency_restored`,
    ),
    selectRows<{ sent_at: string; due_at: string; answered_at: string | null; name_id: string; name_en: string }>(
      db,
      sql`select r.sent_at::text, r.due_at::text, r.answered_at::text, a.name_id, a.name_en
          from clarification_requests r join agencies a on a.id = r.agency_id
          where ${inIncidents("r.incident_id")}
             or r.complaint_id in (select id from complaints where ${inIncidents("incident_id")})
          order by r.sent_at`,
    ),
    selectRows<{ ordinal: number; status: EvidencePack["recommendations"][number]["status"]; due_at: string; name_id: string; name_en: string }>(
      db,
      sql`select r.ordinal, r.status, r.due_at::text, a.name_id, a.name_en from recommendations r join agencies a on a.id = r.agency_id
          where r.report_id = ${reportId}::uuid order by r.ordinal`,
    ),
    loadProcedureConfig(db),
  ]);

  const m = milestones[0];
  const answered = requests.map((r) => r.answered_at).filter((a) => a !== null);
  const agencyAnswers = [...answered, m?.agency_update].filter((a) => a !== null && a !== undefined).map((a) => new Date(a).getTime());
  const ends = outages.map((o) => o.endedAt);
  const restoredByMonitor = ends.length > 0 && ends.every((e) => e !== null) ? Math.max(...ends.map((e) => e.getTime())) : null;
  return {
    schema: 1,
    computedAt: now.toISOString(),
    parts: [...parts],
    incidents: covered.map((i) => ({ code: i.code, title: { id: i.title_id, en: i.title_en || i.title_id } })),
    totalReports: span?.n ?? 0,
    series: { unit, points: series.map((p) => ({ at: isoOf(p.at), count: p.n === 0 ? 0 : small(p.n) })) },
    outages: outages.map((o) => ({ monitor: o.monitor, startedAt: isoOf(o.startedAt), endedAt: iso(o.endedAt), failedChecks: o.failedChecks })),
    channels: withSmallMerged(channels, OTHER_KEY) as EvidencePack["channels"],
    categories: withSmallMerged(categories, OTHER_KEY) as EvidencePack["categories"],
    places: withSmallMerged(
      placeRows.map((p) => ({ key: p.key ?? UNKNOWN_PLACE, n: p.n })),
      OTHER,
    ).map((p) => ({
      name: p.key === OTHER || p.key === UNKNOWN_PLACE ? null : p.key,
      kind: p.key === OTHER ? "other" : p.key === UNKNOWN_PLACE ? "unknown" : "place",
      count: p.count,
    })),
    milestones: {
      firstReport: iso(span?.first),
      confirmed: iso(m?.confirmed),
      firstPublicUpdate: iso(m?.first_update),
      agencyFirstAnswer: agencyAnswers.length ? new Date(Math.min(...agencyAnswers)).toISOString() : null,
      serviceRestored:
        restoredByMonitor !== null
          ? { at: new Date(restoredByMonitor).toISOString(), source: "monitor" }
          : m?.agency_restored
            ? { at: isoOf(m.agency_restored), source: "agency" }
            : null,
    },
    clarifications: requests.map((r) => {
      const sentAt = new Date(r.sent_at);
      const dueAt = new Date(r.due_at);
      const answeredAt = r.answered_at ? new Date(r.answered_at) : null;
      return {
        agency: { id: r.name_id, en: r.name_en },
        sentAt: sentAt.toISOString(),
        dueAt: dueAt.toISOString(),
        answeredAt: answeredAt?.toISOString() ?? null,
        limitWorkingDays: workingDaysBetween(sentAt, dueAt, config.holidays),
        workingDays: workingDaysBetween(sentAt, answeredAt ?? now, config.holidays),
        withinDeadline: answeredAt ? answeredAt <= dueAt : now > dueAt ? false : null,
      };
    }),
    recommendations: recs.map((r) => ({ ordinal: r.ordinal, agency: { id: r.name_id, en: r.name_en }, status: r.status, dueAt: isoOf(r.due_at) })),
  };
}
