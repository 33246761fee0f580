import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { agencies, incidentPlaces, incidentUpdates, incidents, places, services } from "@/server/db/schema";
import type { Severity } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { inJakarta, jakartaMidnight } from "@/server/domain/jakarta-sql";
import { publicUpdate, publicUpdateColumns } from "./public-update-columns";
import { stateByService, uptimeByServiceDay, type MonitorState } from "@/server/domain/monitor/status";

/** How many days the per-service history strip covers, ending today (Jakarta). */
export const BOARD_HISTORY_DAYS = 90;
/** How many resolved incidents the board lists below the active ones. */
export const BOARD_RECENT_RESOLVED = 20;

const SEVERITY_LEVEL: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };
const LEVEL_SEVERITY: Array<Severity | null> = [null, "minor", "major", "critical"];

/**
 * The public status board: confirmed incidents still open, the latest resolved ones, each with its public
 * update timeline, and for every service a strip of the last 90 days saying on which days it was disrupted.
 */
export async function getIncidentBoard({ ctx }: { ctx: DomainCtx }) {
  const visible = and(eq(incidents.isPublic, true), eq(incidents.state, "confirmed"));
  const columns = {
    id: incidents.id,
    code: incidents.code,
    titleId: incidents.titleId,
    titleEn: incidents.titleEn,
    status: incidents.publicStatus,
    severity: incidents.severity,
    reportCount: incidents.reportCount,
    startedAt: incidents.firstReportAt,
    lastReportAt: incidents.lastReportAt,
    endedAt: incidents.resolvedAt,
    serviceId: incidents.serviceId,
    serviceNameId: services.nameId,
    serviceNameEn: services.nameEn,
    agencyNameId: agencies.nameId,
    agencyNameEn: agencies.nameEn,
    agencySlug: agencies.slug,
  };
  const base = () =>
    ctx.readDb
      .select(columns)
      .from(incidents)
      .leftJoin(services, eq(services.id, incidents.serviceId))
      .leftJoin(agencies, eq(agencies.id, incidents.agencyId));
  const [active, resolved] = await Promise.all([
    base()
      .where(and(visible, ne(incidents.publicStatus, "resolved")))
      .orderBy(desc(incidents.lastReportAt)),
    base()
      .where(and(visible, eq(incidents.publicStatus, "resolved")))
      .orderBy(desc(incidents.resolvedAt))
      .limit(BOARD_RECENT_RESOLVED),
  ]);
  const ids = [...active, ...resolved].map((i) => i.id);
  const [updates, placeRows, history] = await Promise.all([
    ids.length
      ? ctx.readDb
          .select({ incidentId: incidentUpdates.incidentId, ...publicUpdateColumns })
          .from(incidentUpdates)
          .where(inArray(incidentUpdates.incidentId, ids))
          .orderBy(asc(incidentUpdates.createdAt))
      : Promise.resolve([]),
    ids.length
      ? ctx.readDb
          .select({ incidentId: incidentPlaces.incidentId, name: places.name })
          .from(incidentPlaces)
          .innerJoin(places, eq(places.id, incidentPlaces.placeId))
          .where(inArray(incidentPlaces.incidentId, ids))
      : Promise.resolve([]),
    serviceHistory(ctx),
  ]);
  const shape = (i: (typeof active)[number]) => {
    const names = placeRows.filter((p) => p.incidentId === i.id).map((p) => p.name);
    return {
      code: i.code,
      title: { id: i.titleId, en: i.titleEn || i.titleId },
      status: i.status,
      severity: i.severity,
      reportCount: i.reportCount,
      placeCount: names.length,
      places: names,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      // Left joins: the names are set whenever the id is (the columns are NOT NULL in their tables).
      service: i.serviceNameId ? { id: i.serviceNameId, en: i.serviceNameEn ?? i.serviceNameId } : null,
      agency: i.agencyNameId && i.agencySlug ? { id: i.agencyNameId, en: i.agencyNameEn ?? i.agencyNameId, slug: i.agencySlug } : null,
      updates: updates.filter((u) => u.incidentId === i.id).map(publicUpdate),
    };
  };
  return { active: active.map(shape), resolved: resolved.map(shape), history };
}

/** Per active service, the worst severity of a public incident on each of the last days (null: no disruption). */
async function serviceHistory(ctx: DomainCtx) {
  const today = ctx.now().toISOString();
  const rows = await selectRows<{
    service_id: string;
    name_id: string;
    name_en: string;
    agency_id: string;
    agency_en: string;
    day: string;
    level: number | null;
  }>(
    ctx.readDb,
    sql`
      with days as (
        select d::date as day
        from generate_series(${inJakarta(sql`${today}::timestamptz`)}::date - ${BOARD_HISTORY_DAYS - 1}::int,
                             ${inJakarta(sql`${today}::timestamptz`)}::date, interval '1 day') as d
      )
      select s.id as service_id, s.name_id, s.name_en, a.name_id as agency_id, a.name_en as agency_en, to_char(days.day, 'YYYY-MM-DD') as day,
        max(case i.severity when 'critical' then ${SEVERITY_LEVEL.critical}::int when 'major' then ${SEVERITY_LEVEL.major}::int when 'minor' then ${SEVERITY_LEVEL.minor}::int end) as level
      from ${services} s
      join ${agencies} a on a.id = s.agency_id
      cross join days
      left join ${incidents} i on i.service_id = s.id and i.is_public and i.state = 'confirmed'
        and i.first_report_at < ${jakartaMidnight(sql`days.day + 1`)}
        and coalesce(i.resolved_at, 'infinity'::timestamptz) >= ${jakartaMidnight(sql`days.day`)}
      where s.active
      group by s.id, s.name_id, s.name_en, a.name_id, a.name_en, days.day
      order by a.name_id, s.name_id, days.day`,
  );
  const [uptime, states] = await Promise.all([
    uptimeByServiceDay(ctx.readDb, new Date(ctx.now().getTime() - (BOARD_HISTORY_DAYS + 1) * 24 * 3600_000)),
    stateByService(ctx.readDb),
  ]);
  const byService = new Map<
    string,
    {
      service: { id: string; en: string };
      agency: { id: string; en: string };
      /** Set when a monitor watches the service: its state now. */
      monitor: { state: MonitorState; since: Date | null } | null;
      /** `uptime`: the share of the day's checks that passed, when the service was measured that day. */
      days: Array<{ day: string; severity: Severity | null; uptime: number | null }>;
    }
  >();
  for (const r of rows) {
    const entry = byService.get(r.service_id) ?? {
      service: { id: r.name_id, en: r.name_en },
      agency: { id: r.agency_id, en: r.agency_en },
      monitor: states.get(r.service_id) ?? null,
      days: [],
    };
    entry.days.push({ day: r.day, severity: LEVEL_SEVERITY[r.level ?? 0] ?? null, uptime: uptime.get(r.service_id)?.get(r.day) ?? null });
    byService.set(r.service_id, entry);
  }
  return [...byService.values()];
}
