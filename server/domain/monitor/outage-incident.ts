import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaints, incidents, services } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { writeAudit } from "@/server/domain/audit";
import { CLUSTER_DEFAULTS } from "@/server/domain/incident/cluster-config";
import { newIncidentCode } from "@/server/domain/incident/code";
import { addComplaintToIncident } from "@/server/domain/incident/link-complaint";
import { oneRow } from "@/server/db/one-row";

/** People often notice before the third failed check: reports this long before the first one belong to the outage too. */
const REPORTS_LEAD_MS = 30 * 60_000;

/**
 * The incident a measured outage belongs to: the service's open incident active around it (the one its
 * reports formed), or a new candidate incident holding the service's reports of the window that clustering
 * left alone (those still waiting for it find this incident themselves), so the
 * measured downtime and the complaints meet on one incident for an investigator to confirm.
 */
export async function incidentForOutage(tx: Tx, outage: { id: string; serviceId: string; startedAt: Date }, now: Date): Promise<string> {
  const windowMs = CLUSTER_DEFAULTS.candidateWindowHours * 3600_000;
  const [open] = await selectRows<{ id: string }>(
    tx,
    sql`select id from incidents
        where service_id = ${outage.serviceId}::uuid and state in ('candidate', 'confirmed') and public_status <> 'resolved'
          and coalesce(last_report_at, started_at) >= ${new Date(outage.startedAt.getTime() - windowMs).toISOString()}::timestamptz
        order by state = 'confirmed' desc, coalesce(last_report_at, started_at) desc
        limit 1`,
  );
  if (open) return open.id;

  const service = oneRow(
    await tx
      .select({ nameId: services.nameId, nameEn: services.nameEn, agencyId: services.agencyId })
      .from(services)
      .where(eq(services.id, outage.serviceId)),
  );
  const incident = oneRow(
    await tx
      .insert(incidents)
      .values({
        code: newIncidentCode(),
        titleId: `Gangguan terukur: ${service.nameId}`,
        titleEn: `Measured outage: ${service.nameEn}`,
        agencyId: service.agencyId,
        serviceId: outage.serviceId,
        state: "candidate",
        severity: "major",
        startedAt: outage.startedAt,
      })
      .returning({ id: incidents.id }),
  );
  const ungrouped = await tx
    .select({
      id: complaints.id,
      serviceId: complaints.serviceId,
      agencyId: complaints.agencyId,
      placeId: complaints.placeId,
      createdAt: complaints.createdAt,
    })
    .from(complaints)
    .where(
      sql`${complaints.serviceId} = ${outage.serviceId}::uuid and ${complaints.incidentId} is null and not ${complaints.needsClustering}
          and ${complaints.createdAt} between ${new Date(outage.startedAt.getTime() - REPORTS_LEAD_MS).toISOString()}::timestamptz and ${now.toISOString()}::timestamptz`,
    );
  for (const c of ungrouped) await addComplaintToIncident(tx, c, incident.id, null);
  await writeAudit(tx, null, {
    action: "incident.outage_detected",
    entityType: "incident",
    entityId: incident.id,
    after: { outageId: outage.id, serviceId: outage.serviceId, linked: ungrouped.length },
  });
  return incident.id;
}
