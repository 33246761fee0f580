import { and, eq, ne, sql } from "drizzle-orm";
import { complaints, incidentPlaces, incidents, places, services } from "../../db/schema";
import type { Tx } from "../../db/types";
import { DomainError } from "../errors";
import { newIncidentCode } from "./code";

type LinkableComplaint = { id: string; serviceId: string | null; agencyId: string | null; placeId: string | null; createdAt: Date };

const OPEN_STATES = ["candidate", "confirmed"] as const;
/** How far back a "me too" may reach for an ungrouped report. */
const JOINABLE_COMPLAINT_AGE_MS = 7 * 24 * 3600_000;

/** Attaches a complaint to an incident and keeps the incident's counters and places in step. */
export async function addComplaintToIncident(tx: Tx, complaint: LinkableComplaint, incidentId: string, score: number | null) {
  const [incident] = await tx
    .select({ id: incidents.id, state: incidents.state, publicStatus: incidents.publicStatus })
    .from(incidents)
    .where(eq(incidents.id, incidentId))
    .for("update");
  if (!incident || !OPEN_STATES.includes(incident.state as (typeof OPEN_STATES)[number]) || incident.publicStatus === "resolved") {
    throw new DomainError("VALIDATION", "incident not open", { joinIncidentId: ["errors.incident"] });
  }
  await tx.update(complaints).set({ incidentId, incidentScore: score }).where(eq(complaints.id, complaint.id));
  await tx
    .update(incidents)
    .set({
      reportCount: sql`${incidents.reportCount} + 1`,
      // postgres.js cannot type a bare Date parameter inside least()/greatest(): pass it as timestamptz text.
      firstReportAt: sql`least(${incidents.firstReportAt}, ${complaint.createdAt.toISOString()}::timestamptz)`,
      lastReportAt: sql`greatest(${incidents.lastReportAt}, ${complaint.createdAt.toISOString()}::timestamptz)`,
    })
    .where(eq(incidents.id, incidentId));
  if (complaint.placeId) {
    await tx.insert(incidentPlaces).values({ incidentId, placeId: complaint.placeId }).onConflictDoNothing();
  }
}

/**
 * "Me too" on a recent report that belongs to no incident yet: opens a candidate incident holding both,
 * for an investigator to confirm. If the other report already has an incident, joins that instead.
 */
export async function groupWithComplaint(tx: Tx, complaint: LinkableComplaint, otherId: string, now: Date): Promise<string> {
  const [other] = await tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.id, otherId), ne(complaints.stage, "closed"), ne(complaints.id, complaint.id)))
    .for("update");
  if (!other || now.getTime() - other.createdAt.getTime() > JOINABLE_COMPLAINT_AGE_MS) {
    throw new DomainError("VALIDATION", "report not joinable", { joinComplaintId: ["errors.incident"] });
  }
  if (other.incidentId) {
    await addComplaintToIncident(tx, complaint, other.incidentId, null);
    return other.incidentId;
  }
  const serviceId = other.serviceId ?? complaint.serviceId;
  const placeId = other.placeId ?? complaint.placeId;
  const [service] = serviceId
    ? await tx.select({ nameId: services.nameId, nameEn: services.nameEn }).from(services).where(eq(services.id, serviceId))
    : [];
  const [place] = placeId ? await tx.select({ name: places.name }).from(places).where(eq(places.id, placeId)) : [];
  const where = place ? ` — ${place.name}` : "";
  const [incident] = await tx
    .insert(incidents)
    .values({
      code: newIncidentCode(),
      titleId: `Gangguan ${service?.nameId ?? "layanan"}${where}`,
      titleEn: `${service?.nameEn ?? "Service"} disruption${where}`,
      agencyId: other.agencyId ?? complaint.agencyId,
      serviceId,
      state: "candidate",
      reportCount: 0,
      firstReportAt: other.createdAt,
      lastReportAt: other.createdAt,
      startedAt: other.occurredAt,
    })
    .returning({ id: incidents.id });
  await addComplaintToIncident(tx, other, incident!.id, null);
  await addComplaintToIncident(tx, complaint, incident!.id, null);
  return incident!.id;
}

export const OPEN_INCIDENT_STATES = OPEN_STATES;
