import { asc, eq, inArray, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { complaints } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import type { DomainCtx } from "@/server/domain/context";
import { candidatesSql, clusterComplaint, suggestedServiceSql, type ScoreInputs } from "./cluster";
import { CLUSTER_DEFAULTS, type ClusterConfig } from "./cluster-config";
import { countIntoIncident, linkScoredToIncidents, type ScoredLink } from "./link-complaint";

export const CLUSTER_BATCH = 200;

export type ClusterBatch = { placed: number; linked: number; more: boolean };

/** How many reports one batch takes, and the thresholds (tests and benchmarks change them). */
export type ClusterBatchInput = { limit?: number; config?: ClusterConfig };

/** The best open incident for each report of a batch, all scored in one statement. */
async function bestIncidents(tx: Tx, ids: string[], config: ClusterConfig): Promise<Map<string, { incidentId: string; score: number }>> {
  if (ids.length === 0) return new Map();
  const columns: ScoreInputs = {
    serviceId: sql`c.service_id`,
    agencyId: sql`c.agency_id`,
    placeId: sql`c.place_id`,
    at: sql`c.created_at`,
    description: sql`c.description`,
    ...suggestedServiceSql(sql`c.id`),
  };
  const rows = await selectRows<{ complaint_id: string; incident_id: string; score: number }>(
    tx,
    sql`select c.id as complaint_id, best.id as incident_id, best.score
        from complaints c cross join lateral (${candidatesSql(columns, config, 1)}) best
        where c.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  return new Map(rows.map((r) => [r.complaint_id, { incidentId: r.incident_id, score: Number(r.score) }]));
}

/**
 * Places the oldest reports intake left for clustering, in one transaction. The whole batch is scored in
 * one statement: reports above the threshold join their incident together (one statement), weaker matches
 * become suggestions, and the rest go one by one through `clusterComplaint`, where the surge detector may
 * open an incident. One batch runs at a time across all instances (an advisory lock; a second caller
 * returns at once), and each incident's counters are bumped once per batch instead of once per report.
 */
export async function clusterPendingComplaints({ ctx, input = {} }: { ctx: DomainCtx; input?: ClusterBatchInput }): Promise<ClusterBatch> {
  const limit = input.limit ?? CLUSTER_BATCH;
  const config = input.config ?? CLUSTER_DEFAULTS;
  return ctx.db.transaction(async (tx) => {
    const [lock] = await selectRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext('sigap.cluster-pending')) as ok`);
    if (!lock?.ok) return { placed: 0, linked: 0, more: false };
    const pending = await tx
      .select()
      .from(complaints)
      .where(eq(complaints.needsClustering, true))
      .orderBy(asc(complaints.createdAt), asc(complaints.id))
      .limit(limit)
      .for("update");
    // Someone may have joined a report to an incident ("me too" on it) while it waited.
    const waiting = pending.filter((c) => !c.incidentId);
    const best = await bestIncidents(
      tx,
      waiting.map((c) => c.id),
      config,
    );

    const strong: ScoredLink[] = [];
    const suggestions: ScoredLink[] = [];
    for (const c of waiting) {
      const b = best.get(c.id);
      if (b && b.score >= config.autoLink) strong.push({ complaintId: c.id, ...b });
      else if (b && b.score >= config.suggest) suggestions.push({ complaintId: c.id, ...b });
    }
    const linked = await linkScoredToIncidents(tx, strong);
    if (suggestions.length > 0) {
      await tx.execute(sql`
        update complaints c set suggested_incident_id = s."incidentId", suggested_score = s.score
        from jsonb_to_recordset(${JSON.stringify(suggestions)}::jsonb) as s("complaintId" uuid, "incidentId" uuid, score real)
        where c.id = s."complaintId"`);
    }

    const counts = new Map<string, Date[]>();
    const count = (incidentId: string, at: Date) => counts.set(incidentId, [...(counts.get(incidentId) ?? []), at]);
    for (const l of linked) count(l.incidentId, l.createdAt);
    // Everything else, in arrival order: a surge gathers the ungrouped reports of its service, these included.
    const placed = new Set([...linked.map((l) => l.id), ...suggestions.map((s) => s.complaintId)]);
    for (const c of waiting) {
      if (placed.has(c.id)) continue;
      const outcome = await clusterComplaint(tx, c, config, { deferCount: true });
      if (outcome.kind === "linked") count(outcome.incidentId, c.createdAt);
      if (outcome.kind === "surge") for (const id of outcome.memberIds) placed.add(id);
    }
    for (const [incidentId, times] of counts) await countIntoIncident(tx, incidentId, times);
    if (pending.length > 0) {
      await tx
        .update(complaints)
        .set({ needsClustering: false })
        .where(
          inArray(
            complaints.id,
            pending.map((c) => c.id),
          ),
        );
    }
    const linkedCount = [...counts.values()].reduce((n, t) => n + t.length, 0);
    return { placed: pending.length, linked: linkedCount, more: pending.length === limit };
  });
}

/** Runs batches until nothing is left (tests, the seed, and a job that found a full batch). */
export async function clusterAllPending({ ctx, input = {} }: { ctx: DomainCtx; input?: Omit<ClusterBatchInput, "limit"> }): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await clusterPendingComplaints({ ctx, input });
    total += batch.placed;
    if (!batch.more) return total;
  }
}
