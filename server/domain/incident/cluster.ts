import { and, eq, gte, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaints, incidents, places, services } from "@/server/db/schema";
import type { Complaint } from "@/server/db/schema/complaints";
import type { Tx } from "@/server/db/types";
import { writeAudit } from "@/server/domain/audit";
import { CLUSTER_DEFAULTS, SCORE_WEIGHTS, type ClusterConfig } from "./cluster-config";
import { newIncidentCode } from "./code";
import { addComplaintToIncident, linkToIncident } from "./link-complaint";
import { oneRow } from "@/server/db/one-row";

export type ClusterOutcome =
  /** With `deferCount` the caller adds the report to the incident's counters (the clustering job, once per batch). */
  | { kind: "linked"; incidentId: string; score: number }
  | { kind: "suggested"; incidentId: string; score: number }
  | { kind: "surge"; incidentId: string; memberIds: string[] }
  | { kind: "none" };

type Scorable = Pick<Complaint, "id" | "serviceId" | "agencyId" | "placeId" | "createdAt" | "description" | "occurredAt">;

/**
 * What the score reads of a complaint: parameters for one complaint, or a row's columns for a batch. `suggested`
 * is triage's best service and its probability, for a report it could not place with confidence.
 */
export type ScoreInputs = { serviceId: SQL; agencyId: SQL; placeId: SQL; at: SQL; description: SQL; suggestedServiceId: SQL; suggestedP: SQL };

/** Triage's best service for a complaint (as SQL over its id), for the clustering of reports it left without one. */
export function suggestedServiceSql(complaintId: SQL): { suggestedServiceId: SQL; suggestedP: SQL } {
  const best = sql`(select suggestions->'service'->0 from complaint_triage where complaint_id = ${complaintId})`;
  return { suggestedServiceId: sql`(${best}->>'id')::uuid`, suggestedP: sql`coalesce((${best}->>'p')::float8, 0)` };
}

/**
 * Open incidents near a complaint with their score (same service or agency, same place, close in time — to
 * their latest report, or their start when none has joined yet, as for an outage a monitor measured —
 * similar words to the incident's latest reports), best first: one SQL expression for both callers. A report
 * without a service counts triage's best guess as the same service in proportion to its probability; one with
 * neither service nor agency is matched by its words too: against an incident of such reports they count as the
 * same service, against one with a service at most as the same agency.
 */
export function candidatesSql(c: ScoreInputs, config: ClusterConfig, limit: number): SQL {
  const w = SCORE_WEIGHTS;
  const windowSeconds = config.candidateWindowHours * 3600;
  const textOnly = sql`(${c.serviceId} is null and ${c.agencyId} is null)`;
  const similar = sql`coalesce((
              select max(similarity(r.description, ${c.description}))
              from (select description from complaints where incident_id = i.id order by created_at desc limit 5) r), 0)::float8`;
  // OR stops at the first true term: a report with a service never computes the text-only test.
  return sql`
      select i.id,
        (case when i.service_id = ${c.serviceId} then ${w.sameService}::float8
              when ${c.serviceId} is null and i.service_id = ${c.suggestedServiceId} then ${w.sameService}::float8 * ${c.suggestedP}
              when i.agency_id = ${c.agencyId} then ${w.sameAgency}::float8
              when ${textOnly} then (case when i.service_id is null and i.agency_id is null then ${w.sameService}::float8 else ${w.sameAgency}::float8 end)
                * least(1, ${similar} / ${config.textOnlyMatch}::float8) else 0 end)
        + (case when ${c.placeId} is not null and exists (
              select 1 from incident_places ip where ip.incident_id = i.id and ip.place_id = ${c.placeId}) then ${w.samePlace}::float8 else 0 end)
        + ${w.time}::float8 * greatest(0, 1 - abs(extract(epoch from (${c.at} - coalesce(i.last_report_at, i.started_at)))) / ${windowSeconds}::float8)
        + ${w.text}::float8 * ${similar}
        as score
      from incidents i
      where i.state in ('candidate', 'confirmed') and i.public_status <> 'resolved'
        and (i.service_id = ${c.serviceId} or i.agency_id = ${c.agencyId}
             or (${c.serviceId} is null and i.service_id = ${c.suggestedServiceId})
             or (${textOnly} and ${similar} >= ${config.textOnlyMinimum}::float8))
        and coalesce(i.last_report_at, i.started_at) between ${c.at} - make_interval(secs => ${windowSeconds}::float8) and ${c.at} + make_interval(secs => ${windowSeconds}::float8)
      order by score desc
      limit ${limit}`;
}

/** Open incidents near this complaint, best first, with the score computed in one SQL statement. */
export async function scoreCandidates(tx: Tx, c: Scorable, config: ClusterConfig = CLUSTER_DEFAULTS) {
  const inputs: ScoreInputs = {
    serviceId: sql`${c.serviceId}::uuid`,
    agencyId: sql`${c.agencyId}::uuid`,
    placeId: sql`${c.placeId}::uuid`,
    at: sql`${c.createdAt.toISOString()}::timestamptz`,
    description: sql`${c.description}::text`,
    ...suggestedServiceSql(sql`${c.id}::uuid`),
  };
  return selectRows<{ id: string; score: number }>(tx, candidatesSql(inputs, config, 5)).then((rows) =>
    rows.map((r) => ({ id: r.id, score: Number(r.score) })),
  );
}

/** Opens a candidate incident for a surge with its first members, titled "<title> — <place>", dated from them, audited. */
async function openSurgeIncident(
  tx: Tx,
  c: Scorable,
  { titleId, titleEn, ...values }: { titleId: string; titleEn: string; agencyId: string | null; serviceId: string | null },
  members: Array<Parameters<typeof addComplaintToIncident>[1]>,
  audit: Record<string, unknown>,
): Promise<ClusterOutcome> {
  const [place] = c.placeId ? await tx.select({ name: places.name }).from(places).where(eq(places.id, c.placeId)) : [];
  const where = place ? ` — ${place.name}` : "";
  const incident = oneRow(
    await tx
      .insert(incidents)
      .values({
        code: newIncidentCode(),
        titleId: `${titleId}${where}`,
        titleEn: `${titleEn}${where}`,
        ...values,
        state: "candidate",
        detectedBySurge: true,
        firstReportAt: c.createdAt,
        lastReportAt: c.createdAt,
        startedAt: c.occurredAt,
      })
      .returning({ id: incidents.id }),
  );
  for (const m of members) await addComplaintToIncident(tx, m, incident.id, null);
  await tx
    .update(incidents)
    .set({ startedAt: sql`(select min(occurred_at) from complaints where incident_id = ${incident.id}::uuid)` })
    .where(eq(incidents.id, incident.id));
  await writeAudit(tx, null, {
    action: "incident.surge_detected",
    entityType: "incident",
    entityId: incident.id,
    after: { ...audit, linked: members.length },
  });
  return { kind: "surge", incidentId: incident.id, memberIds: members.map((m) => m.id) };
}

/** A report without a service joins its suggested service's surge from this probability. */
const SUGGESTED_MEMBER_P = 0.5;

/** Opens a candidate incident when one service suddenly gets many more reports than usual. */
async function detectSurge(tx: Tx, c: Scorable, config: ClusterConfig): Promise<ClusterOutcome> {
  if (!c.serviceId) return c.agencyId ? { kind: "none" } : detectTextSurge(tx, c, config);
  const windowMs = config.surgeWindowMinutes * 60_000;
  const windowStart = new Date(c.createdAt.getTime() - windowMs);
  const weekStart = new Date(c.createdAt.getTime() - 7 * 24 * 3600_000);
  const [counts] = await selectRows<{ recent: number; week: number }>(
    tx,
    sql`select
          count(*) filter (where created_at >= ${windowStart.toISOString()}::timestamptz and incident_id is null)::int as recent,
          count(*) filter (where created_at < ${windowStart.toISOString()}::timestamptz)::int as week
        from complaints
        where service_id = ${c.serviceId}::uuid and created_at >= ${weekStart.toISOString()}::timestamptz and created_at <= ${c.createdAt.toISOString()}::timestamptz`,
  );
  const baselinePerWindow = (counts?.week ?? 0) / ((7 * 24 * 3600_000 - windowMs) / windowMs);
  const recent = counts?.recent ?? 0;
  if (recent < config.surgeMinCount || recent <= baselinePerWindow * config.surgeFactor) return { kind: "none" };

  const [service] = await tx
    .select({ nameId: services.nameId, nameEn: services.nameEn, agencyId: services.agencyId })
    .from(services)
    .where(eq(services.id, c.serviceId));
  const lookback = new Date(c.createdAt.getTime() - config.surgeLookbackHours * 3600_000);
  const members = await tx
    .select()
    .from(complaints)
    .where(
      and(
        // Its reports, and those triage could not place but thought more likely of this service than not.
        or(
          eq(complaints.serviceId, c.serviceId),
          and(
            isNull(complaints.serviceId),
            or(isNull(complaints.agencyId), eq(complaints.agencyId, service?.agencyId ?? c.agencyId ?? sql`null`)),
            sql`${suggestedServiceSql(sql`${complaints.id}`).suggestedServiceId} = ${c.serviceId}::uuid`,
            sql`${suggestedServiceSql(sql`${complaints.id}`).suggestedP} >= ${SUGGESTED_MEMBER_P}`,
          ),
        ),
        isNull(complaints.incidentId),
        ne(complaints.stage, "closed"),
        gte(complaints.createdAt, lookback),
        lte(complaints.createdAt, c.createdAt),
      ),
    );
  return openSurgeIncident(
    tx,
    c,
    {
      titleId: `Lonjakan laporan: ${service?.nameId ?? "layanan"}`,
      titleEn: `Surge of reports: ${service?.nameEn ?? "service"}`,
      agencyId: service?.agencyId ?? c.agencyId,
      serviceId: c.serviceId,
    },
    members,
    { serviceId: c.serviceId, recent, baselinePerWindow: Math.round(baselinePerWindow * 100) / 100 },
  );
}

/**
 * Places one new complaint: joins the best open incident above the threshold, records a suggestion below
 * it, or lets the surge detector decide whether a new incident has begun.
 */
export async function clusterComplaint(
  tx: Tx,
  c: Scorable,
  config: ClusterConfig = CLUSTER_DEFAULTS,
  options: { deferCount?: boolean } = {},
): Promise<ClusterOutcome> {
  const [best] = await scoreCandidates(tx, c, config);
  if (best && best.score >= config.autoLink) {
    if (options.deferCount) await linkToIncident(tx, c, best.id, best.score);
    else await addComplaintToIncident(tx, c, best.id, best.score);
    await writeAudit(tx, null, {
      action: "incident.auto_link",
      entityType: "incident",
      entityId: best.id,
      after: { complaintId: c.id, score: best.score },
    });
    return { kind: "linked", incidentId: best.id, score: best.score };
  }
  if (best && best.score >= config.suggest) {
    await tx.update(complaints).set({ suggestedIncidentId: best.id, suggestedScore: best.score }).where(eq(complaints.id, c.id));
    return { kind: "suggested", incidentId: best.id, score: best.score };
  }
  return detectSurge(tx, c, config);
}

/**
 * A surge of reports nobody could place (no service, no agency): enough ungrouped ones, within the surge
 * window, whose words are alike, become one candidate incident for staff to name and route.
 */
async function detectTextSurge(tx: Tx, c: Scorable, config: ClusterConfig): Promise<ClusterOutcome> {
  const windowStart = new Date(c.createdAt.getTime() - config.surgeWindowMinutes * 60_000);
  const members = await selectRows<Pick<Complaint, "id" | "serviceId" | "agencyId" | "placeId" | "createdAt"> & { occurred_at: string }>(
    tx,
    sql`select id, service_id as "serviceId", agency_id as "agencyId", place_id as "placeId", created_at as "createdAt", occurred_at
        from complaints
        where service_id is null and agency_id is null and incident_id is null and stage <> 'closed'
          and created_at between ${windowStart.toISOString()}::timestamptz and ${c.createdAt.toISOString()}::timestamptz
          and (id = ${c.id}::uuid or similarity(description, ${c.description}) >= ${config.textSurgeSimilarity}::float8)`,
  );
  if (members.length < config.surgeMinCount) return { kind: "none" };
  return openSurgeIncident(
    tx,
    c,
    { titleId: "Lonjakan laporan serupa", titleEn: "Surge of similar reports", agencyId: null, serviceId: null },
    members.map((m) => ({ ...m, createdAt: new Date(m.createdAt) })),
    { byText: true },
  );
}
