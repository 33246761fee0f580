import type { z } from "zod";
import { asc, desc, eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { agencies, complaints, incidentPlaces, incidentUpdates, incidents, places, services } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { outagesOfIncidents } from "@/server/domain/monitor/status";
import { auditTrail } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { incidentRefInput } from "./schemas";
import { inJakarta } from "@/server/domain/jakarta-sql";
import { wibInstant } from "@/server/i18n/jakarta-time";

/** Reports per hour over an incident's life, for its small chart. */
export async function reportsPerHour(db: DomainCtx["db"], incidentId: string) {
  const rows = await selectRows<{ hour: string; n: number }>(
    db,
    sql`select to_char(date_trunc('hour', ${inJakarta(sql`created_at`)}), 'YYYY-MM-DD"T"HH24:00') as hour, count(*)::int as n
        from complaints where incident_id = ${incidentId}::uuid group by 1 order by 1`,
  );
  return rows.map((r) => ({ hour: r.hour, count: r.n }));
}

/** The hour with most reports, derived from the hourly series rather than kept up to date on every link. */
export function peakOf(hourly: Array<{ hour: string; count: number }>): Date | null {
  const top = hourly.reduce<{ hour: string; count: number } | null>((best, h) => (!best || h.count > best.count ? h : best), null);
  return top ? wibInstant(top.hour) : null;
}

/** Everything an investigator sees on an incident page (never a reporter's contact). */
export async function getIncidentDetail({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof incidentRefInput> }) {
  requireRole(ctx, STAFF_ROLES);
  const { incidentId } = incidentRefInput.parse(input);
  const [row] = await ctx.db
    .select({ i: incidents, serviceName: services.nameId, agencyName: agencies.nameId })
    .from(incidents)
    .leftJoin(services, eq(services.id, incidents.serviceId))
    .leftJoin(agencies, eq(agencies.id, incidents.agencyId))
    .where(eq(incidents.id, incidentId));
  if (!row) throw notFound("incident");
  const [placeRows, updates, members, hourly, audit, outages] = await Promise.all([
    ctx.db
      .select({ id: places.id, name: places.name })
      .from(incidentPlaces)
      .innerJoin(places, eq(places.id, incidentPlaces.placeId))
      .where(eq(incidentPlaces.incidentId, incidentId)),
    ctx.db.select().from(incidentUpdates).where(eq(incidentUpdates.incidentId, incidentId)).orderBy(asc(incidentUpdates.createdAt)),
    ctx.db
      .select({
        id: complaints.id,
        trackingCode: complaints.trackingCode,
        category: complaints.category,
        stage: complaints.stage,
        kind: complaints.kind,
        createdAt: complaints.createdAt,
        placeName: places.name,
        score: complaints.incidentScore,
        excerpt: sql<string>`left(${complaints.description}, 160)`,
      })
      .from(complaints)
      .leftJoin(places, eq(places.id, complaints.placeId))
      .where(eq(complaints.incidentId, incidentId))
      .orderBy(desc(complaints.createdAt))
      .limit(500),
    reportsPerHour(ctx.db, incidentId),
    auditTrail(ctx.db, "incident", incidentId),
    outagesOfIncidents(ctx.db, [incidentId]),
  ]);
  return {
    ...row.i,
    peakAt: peakOf(hourly),
    serviceName: row.serviceName,
    agencyName: row.agencyName,
    places: placeRows,
    updates,
    complaints: members,
    hourly,
    audit,
    measuredDowntime: outages,
  };
}
