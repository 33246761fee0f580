import { eq, sql } from "drizzle-orm";
import { incidentPlaces, incidents } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";

/** Recomputes an incident's counters and first/peak/last report from its complaints (after merge or split). */
export async function recomputeIncidentStats(tx: Tx, incidentId: string): Promise<void> {
  await tx
    .update(incidents)
    .set({
      reportCount: sql`(select count(*)::int from complaints where incident_id = ${incidentId}::uuid)`,
      firstReportAt: sql`(select min(created_at) from complaints where incident_id = ${incidentId}::uuid)`,
      lastReportAt: sql`(select max(created_at) from complaints where incident_id = ${incidentId}::uuid)`,
      peakAt: sql`(select date_trunc('hour', created_at) from complaints where incident_id = ${incidentId}::uuid
                   group by 1 order by count(*) desc, 1 limit 1)`,
    })
    .where(eq(incidents.id, incidentId));
  await tx.delete(incidentPlaces).where(eq(incidentPlaces.incidentId, incidentId));
  await tx.execute(sql`insert into incident_places (incident_id, place_id)
    select distinct ${incidentId}::uuid, place_id from complaints where incident_id = ${incidentId}::uuid and place_id is not null`);
}
