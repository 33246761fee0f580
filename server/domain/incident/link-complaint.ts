import { and, eq, ne, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaints, incidents, places, services } from "@/server/db/schema";
import type { Queryable, Tx } from "@/server/db/types";
import { DomainError } from "@/server/domain/errors";
import { newIncidentCode } from "./code";
import { oneRow } from "@/server/db/one-row";

type LinkableComplaint = { id: string; serviceId: string | null; agencyId: string | null; placeId: string | null; createdAt: Date };

/**
 * A report without a service that joins an incident of one (triage's best guess fell short of setting it, or
 * the reporter said "me too") takes the incident's service, with its agency and topic, so it routes and counts
 * with the rest. Staff can still correct it. SET clauses read the row as it was before the update.
 */
const INHERIT_SERVICE = sql.raw(`service_id = coalesce(c.service_id, inc.service_id),
          agency_id = case when c.service_id is null and inc.service_id is not null then inc.agency_id else c.agency_id end,
          topic_code = case when c.service_id is null and inc.service_id is not null
                            then (select s.topic_code from services s where s.id = inc.service_id) else c.topic_code end`);

/** How far back a "me too" may reach for an ungrouped report. */
const JOINABLE_COMPLAINT_AGE_MS = 7 * 24 * 3600_000;

/**
 * Attaches a complaint to an open incident (and its place to the incident's places) without touching the
 * incident row: a shared lock proves the incident is open and holds off a merge until this commits, while
 * any number of reports link at once. The counters follow with `countIntoIncident`.
 */
export async function linkToIncident(tx: Tx, complaint: LinkableComplaint, incidentId: string, score: number | null) {
  const [result] = await selectRows<{ linked: number }>(
    tx,
    sql`with inc as (
          select id, service_id, agency_id from incidents
          where id = ${incidentId}::uuid and state in ('candidate', 'confirmed') and public_status <> 'resolved'
          for share
        ),
        linked as (
          update complaints c set incident_id = inc.id, incident_score = ${score}::real, ${INHERIT_SERVICE}
          from inc where c.id = ${complaint.id}::uuid returning c.id
        ),
        placed as (
          insert into incident_places (incident_id, place_id)
          select ${incidentId}::uuid, ${complaint.placeId}::uuid where ${complaint.placeId}::uuid is not null and exists (select 1 from inc)
          on conflict do nothing returning incident_id
        )
        select (select count(*) from linked)::int as linked`,
  );
  if (!result || result.linked !== 1) {
    throw new DomainError("VALIDATION", "incident not open", { joinIncidentId: ["errors.incident"] });
  }
}

/**
 * Adds reports to an incident's counters (count, first and last report). Intake runs it in its own short
 * statement after the report is committed, so a surge's hundreds of reports do not queue on the incident row
 * for the length of their whole transaction.
 */
export async function countIntoIncident(db: Queryable, incidentId: string, reportedAt: Date[]) {
  if (reportedAt.length === 0) return;
  const times = reportedAt.map((d) => d.getTime());
  await db
    .update(incidents)
    .set({
      reportCount: sql`${incidents.reportCount} + ${reportedAt.length}`,
      firstReportAt: sql`least(${incidents.firstReportAt}, ${new Date(Math.min(...times)).toISOString()}::timestamptz)`,
      lastReportAt: sql`greatest(${incidents.lastReportAt}, ${new Date(Math.max(...times)).toISOString()}::timestamptz)`,
      updatedAt: sql`now()`,
    })
    .where(eq(incidents.id, incidentId));
}

/** Link and count in one transaction: for staff actions and new incidents, where no crowd waits on the row. */
export async function addComplaintToIncident(tx: Tx, complaint: LinkableComplaint, incidentId: string, score: number | null) {
  await linkToIncident(tx, complaint, incidentId, score);
  await countIntoIncident(tx, incidentId, [complaint.createdAt]);
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
  const incident = oneRow(
    await tx
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
      .returning({ id: incidents.id }),
  );
  await addComplaintToIncident(tx, other, incident.id, null);
  await addComplaintToIncident(tx, complaint, incident.id, null);
  return incident.id;
}

export type ScoredLink = { complaintId: string; incidentId: string; score: number };

/**
 * The clustering job's bulk form of `linkToIncident` (counters still follow with `countIntoIncident`):
 * links many reports to their open incidents in one statement, adds their places, and writes one
 * `incident.auto_link` audit row each. Answers what it linked; a report whose incident closed meanwhile
 * is left out.
 */
export async function linkScoredToIncidents(tx: Tx, links: ScoredLink[]): Promise<Array<{ id: string; incidentId: string; createdAt: Date }>> {
  if (links.length === 0) return [];
  const rows = await selectRows<{ id: string; incident_id: string; created_at: string | Date }>(
    tx,
    sql`with pairs as (
          select * from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as p("complaintId" uuid, "incidentId" uuid, score real)
        ),
        inc as (
          select id, service_id, agency_id from incidents
          where id in (select "incidentId" from pairs) and state in ('candidate', 'confirmed') and public_status <> 'resolved'
          for share
        ),
        linked as (
          update complaints c set incident_id = p."incidentId", incident_score = p.score, ${INHERIT_SERVICE}
          from pairs p join inc on inc.id = p."incidentId"
          where c.id = p."complaintId" and c.incident_id is null
          returning c.id, c.incident_id, c.place_id, c.created_at, p.score
        ),
        placed as (
          insert into incident_places (incident_id, place_id)
          select distinct incident_id, place_id from linked where place_id is not null
          on conflict do nothing
        ),
        audited as (
          insert into audit_log (action, entity_type, entity_id, after)
          select 'incident.auto_link', 'incident', incident_id::text, jsonb_build_object('complaintId', id, 'score', score) from linked
        )
        select id, incident_id, created_at from linked`,
  );
  return rows.map((r) => ({ id: r.id, incidentId: r.incident_id, createdAt: new Date(r.created_at) }));
}
