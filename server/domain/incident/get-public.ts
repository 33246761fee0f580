import type { z } from "zod";
import { and, asc, eq } from "drizzle-orm";
import { agencies, incidentPlaces, incidentUpdates, incidents, places, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { peakOf, reportsPerHour } from "./get-detail";
import { incidentCodeInput } from "./schemas";
import { publicUpdate, publicUpdateColumns } from "./public-update-columns";
import { outagesOfIncidents } from "@/server/domain/monitor/status";

/** Whether the public incident page has an incident at this address (its status is set before the page renders). */
export async function publicIncidentKnown(ctx: DomainCtx, raw: string): Promise<boolean> {
  const parsed = incidentCodeInput.safeParse({ code: raw });
  if (!parsed.success) return false;
  const [hit] = await ctx.readDb.select({ id: incidents.id }).from(incidents).where(publicIncidentCode(parsed.data.code)).limit(1);
  return hit !== undefined;
}

const publicIncidentCode = (code: string) => and(eq(incidents.code, code.toUpperCase()), eq(incidents.isPublic, true));

/** The public incident page: confirmed incidents only, with counts and public updates — nothing of any reporter. */
export async function getPublicIncident({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof incidentCodeInput> }) {
  const { code } = incidentCodeInput.parse(input);
  const [row] = await ctx.readDb
    .select({ i: incidents, service: services, agency: agencies })
    .from(incidents)
    .leftJoin(services, eq(services.id, incidents.serviceId))
    .leftJoin(agencies, eq(agencies.id, incidents.agencyId))
    .where(publicIncidentCode(code));
  if (!row) throw notFound("incident");
  const [placeRows, updates, hourly, outages] = await Promise.all([
    ctx.readDb
      .select({ name: places.name })
      .from(incidentPlaces)
      .innerJoin(places, eq(places.id, incidentPlaces.placeId))
      .where(eq(incidentPlaces.incidentId, row.i.id)),
    ctx.readDb
      .select(publicUpdateColumns)
      .from(incidentUpdates)
      .where(eq(incidentUpdates.incidentId, row.i.id))
      .orderBy(asc(incidentUpdates.createdAt)),
    reportsPerHour(ctx.readDb, row.i.id),
    outagesOfIncidents(ctx.readDb, [row.i.id]),
  ]);
  const { i } = row;
  return {
    code: i.code,
    title: { id: i.titleId, en: i.titleEn || i.titleId },
    summary: { id: i.summaryId, en: i.summaryEn || i.summaryId },
    status: i.publicStatus,
    severity: i.severity,
    serviceName: row.service ? { id: row.service.nameId, en: row.service.nameEn } : null,
    agencyName: row.agency ? { id: row.agency.nameId, en: row.agency.nameEn } : null,
    places: placeRows.map((p) => p.name),
    reportCount: i.reportCount,
    firstReportAt: i.firstReportAt,
    peakAt: peakOf(hourly),
    lastReportAt: i.lastReportAt,
    resolvedAt: i.resolvedAt,
    updates: updates.map(publicUpdate),
    hourly,
    /** What Sigap's monitors measured of the service: when it failed every check. */
    measuredDowntime: outages.map((o) => ({ startedAt: o.startedAt, endedAt: o.endedAt })),
  };
}
