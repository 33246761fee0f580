import type { z } from "zod";
import { and, desc, eq, gte, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import { complaints, incidentPlaces, incidents, places, services } from "@/server/db/schema";
import { OPEN_INCIDENT_STATES, type ComplaintCategory } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { similarInput } from "./schemas";

const RECENT_MS = 24 * 3600_000;
/** An incident nobody has reported on for this long is history, not "already reported". */
const INCIDENT_RECENT_MS = 72 * 3600_000;
const LIMIT = 5;

export type SimilarReports = {
  incidents: Array<{ id: string; code: string; title: { id: string; en: string }; reportCount: number; lastReportAt: Date | null }>;
  /** Recent reports not yet grouped: shown by what and where only — never their text. */
  recent: Array<{
    id: string;
    category: ComplaintCategory;
    serviceName: { id: string; en: string } | null;
    placeName: string | null;
    createdAt: Date;
  }>;
};

/** "Already reported?": open incidents and the last day's ungrouped reports on the same service or at the same place. */
export async function findSimilarReports({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof similarInput> }): Promise<SimilarReports> {
  const { serviceId, placeId, category } = similarInput.parse(input);
  if (!serviceId && !placeId) return { incidents: [], recent: [] };

  const incidentMatch: SQL[] = [];
  if (serviceId) incidentMatch.push(eq(incidents.serviceId, serviceId));
  if (placeId) {
    incidentMatch.push(
      inArray(incidents.id, ctx.db.select({ id: incidentPlaces.incidentId }).from(incidentPlaces).where(eq(incidentPlaces.placeId, placeId))),
    );
  }
  const since = new Date(ctx.now().getTime() - RECENT_MS);
  const complaintMatch: SQL[] = [];
  if (serviceId) complaintMatch.push(eq(complaints.serviceId, serviceId));
  if (placeId) complaintMatch.push(eq(complaints.placeId, placeId));

  const [openIncidents, recent] = await Promise.all([
    ctx.db
      .select({
        id: incidents.id,
        code: incidents.code,
        titleId: incidents.titleId,
        titleEn: incidents.titleEn,
        reportCount: incidents.reportCount,
        lastReportAt: incidents.lastReportAt,
      })
      .from(incidents)
      .where(
        and(
          inArray(incidents.state, OPEN_INCIDENT_STATES),
          ne(incidents.publicStatus, "resolved"),
          gte(incidents.lastReportAt, new Date(ctx.now().getTime() - INCIDENT_RECENT_MS)),
          or(...incidentMatch),
        ),
      )
      .orderBy(desc(incidents.lastReportAt))
      .limit(LIMIT),
    ctx.db
      .select({
        id: complaints.id,
        category: complaints.category,
        serviceNameId: services.nameId,
        serviceNameEn: services.nameEn,
        placeName: places.name,
        createdAt: complaints.createdAt,
      })
      .from(complaints)
      .leftJoin(services, eq(services.id, complaints.serviceId))
      .leftJoin(places, eq(places.id, complaints.placeId))
      .where(
        and(
          gte(complaints.createdAt, since),
          isNull(complaints.incidentId),
          ne(complaints.stage, "closed"),
          or(...complaintMatch),
          category ? eq(complaints.category, category) : undefined,
        ),
      )
      .orderBy(desc(complaints.createdAt))
      .limit(LIMIT),
  ]);
  return {
    incidents: openIncidents.map((i) => ({
      id: i.id,
      code: i.code,
      title: { id: i.titleId, en: i.titleEn || i.titleId },
      reportCount: i.reportCount,
      lastReportAt: i.lastReportAt,
    })),
    recent: recent.map((r) => ({
      id: r.id,
      category: r.category,
      serviceName: r.serviceNameId ? { id: r.serviceNameId, en: r.serviceNameEn ?? r.serviceNameId } : null,
      placeName: r.placeName,
      createdAt: r.createdAt,
    })),
  };
}
