import { sql, type SQL } from "drizzle-orm";
import { greatCircleDistance, latLngToCell } from "h3-js";
import { selectRows } from "@/server/db/rows";
import type { DomainCtx } from "@/server/domain/context";
import { jakartaMidnight } from "@/server/domain/jakarta-sql";
import type { IncidentPublicStatus, Severity } from "@/server/db/schema/constants";
import { cellAreaKm2, cellCenter, cellOutline, densityCells, snappedToCell, type LatLng } from "./cells";
import { mapInput, type MapInput, type PublicMap } from "./schemas";

type Landmark = LatLng & { name: string; city: string; province: string };

/**
 * A cell's name for people: the landmarks inside a fine cell (the nearest one when none is), the nearest city for a
 * middling one, the nearest province for a coarse one.
 */
function labelFor(cell: string, center: LatLng, resolution: number, landmarks: readonly Landmark[]): string | null {
  if (resolution >= 6) {
    const inside = landmarks.filter((l) => latLngToCell(l.lat, l.lng, resolution) === cell).map((l) => l.name);
    if (inside.length > 0) return [...new Set(inside)].sort().slice(0, 2).join(" · ");
  }
  let best: Landmark | null = null;
  let bestKm = Infinity;
  for (const l of landmarks) {
    const km = greatCircleDistance([center.lat, center.lng], [l.lat, l.lng], "km");
    if (km < bestKm) [best, bestKm] = [l, km];
  }
  if (!best) return null;
  if (resolution >= 6 && bestKm < 10) return best.name;
  if (resolution >= 4 && bestKm < 60) return best.city || best.province;
  return bestKm < 400 ? best.province || null : null;
}

/**
 * The public map: how many reports came from each cell of a fixed grid (see densityCells for the small-cell rule)
 * and where the public incidents are, filtered by topic, service, period and status. Each report's point, its pin
 * or else its place's, is read here and never returned; confidential or not, a report only ever counts in a cell.
 */
export async function getPublicMap({ ctx, input }: { ctx: DomainCtx; input: MapInput }): Promise<PublicMap> {
  const f = mapInput.parse(input);
  const start = f.from ? jakartaMidnight(f.from) : null;
  const end = f.to ? jakartaMidnight(sql`${f.to}::date + 1`) : null;
  const reportWhere: SQL[] = [sql`true`];
  const incidentWhere: SQL[] = [sql`i.is_public`, sql`i.state = 'confirmed'`];
  if (f.topic) {
    reportWhere.push(sql`c.topic_code = ${f.topic}`);
    incidentWhere.push(sql`s.topic_code = ${f.topic}`);
  }
  if (f.service) {
    reportWhere.push(sql`s.code = ${f.service}`);
    incidentWhere.push(sql`s.code = ${f.service}`);
  }
  if (start) {
    reportWhere.push(sql`c.created_at >= ${start}`);
    incidentWhere.push(sql`coalesce(i.last_report_at, i.created_at) >= ${start}`);
  }
  if (end) {
    reportWhere.push(sql`c.created_at < ${end}`);
    incidentWhere.push(sql`coalesce(i.first_report_at, i.created_at) < ${end}`);
  }
  if (f.status) {
    reportWhere.push(f.status === "open" ? sql`c.stage <> 'closed'` : sql`c.stage = 'closed'`);
    incidentWhere.push(f.status === "open" ? sql`i.public_status <> 'resolved'` : sql`i.public_status = 'resolved'`);
  }
  if (f.incident) {
    // Only a public incident's reports: a private one's code must not open a map of its reports.
    reportWhere.push(sql`exists (select 1 from incidents i where i.id = c.incident_id and i.code = ${f.incident.toUpperCase()} and i.is_public)`);
    incidentWhere.push(sql`i.code = ${f.incident.toUpperCase()}`);
  }
  const [points, incidentPlaces, landmarks] = await Promise.all([
    selectRows<{ lat: number | null; lng: number | null }>(
      ctx.readDb,
      sql`select coalesce(c.lat, p.lat) as lat, coalesce(c.lng, p.lng) as lng
          from complaints c
          left join places p on p.id = c.place_id
          left join services s on s.id = c.service_id
          where ${sql.join(reportWhere, sql` and `)}`,
    ),
    selectRows<{
      code: string;
      title_id: string;
      title_en: string;
      status: IncidentPublicStatus;
      severity: Severity;
      report_count: number;
      place: string;
      lat: number;
      lng: number;
    }>(
      ctx.readDb,
      sql`select i.code, i.title_id, i.title_en, i.public_status as status, i.severity, i.report_count, p.name as place, p.lat, p.lng
          from incidents i
          join incident_places ip on ip.incident_id = i.id
          join places p on p.id = ip.place_id and p.lat is not null
          left join services s on s.id = i.service_id
          where ${sql.join(incidentWhere, sql` and `)}
          order by i.last_report_at desc nulls last, i.code, p.name`,
    ),
    selectRows<Landmark>(ctx.readDb, sql`select name, city, province, lat, lng from places where kind = 'landmark' and active and lat is not null`),
  ]);
  const placed = points.filter((p): p is LatLng => p.lat !== null && p.lng !== null);
  const { cells, hidden } = densityCells(placed);
  const markers = new Map<string, PublicMap["markers"][number]>();
  for (const r of incidentPlaces) {
    const { cell, ...center } = snappedToCell(r);
    const key = `${r.code}:${cell}`;
    if (markers.has(key)) continue;
    markers.set(key, {
      code: r.code,
      title: { id: r.title_id, en: r.title_en || r.title_id },
      status: r.status,
      severity: r.severity,
      reportCount: r.report_count,
      place: r.place,
      center,
    });
  }
  return {
    filters: {
      topic: f.topic ?? null,
      service: f.service ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      status: f.status ?? null,
      incident: f.incident?.toUpperCase() ?? null,
    },
    cells: cells.map((c) => {
      const center = cellCenter(c.id);
      return { ...c, areaKm2: cellAreaKm2(c.id), center, outline: cellOutline(c.id), label: labelFor(c.id, center, c.resolution, landmarks) };
    }),
    markers: [...markers.values()],
    landmarks: landmarks.map((l) => ({ name: l.name, lat: l.lat, lng: l.lng })),
    total: points.length,
    hidden,
    unplaced: points.length - placed.length,
  };
}
