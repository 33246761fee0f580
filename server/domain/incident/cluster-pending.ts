import { asc, eq, inArray, sql } from "drizzle-orm";
import { selectRows } from "../../db/rows";
import { complaints } from "../../db/schema";
import type { Db } from "../../db/types";
import { clusterComplaint } from "./cluster";
import { CLUSTER_DEFAULTS, type ClusterConfig } from "./cluster-config";
import { countIntoIncident } from "./link-complaint";

export const CLUSTER_BATCH = 200;

export type ClusterBatch = { placed: number; linked: number; more: boolean };

/**
 * Places the oldest reports intake left for clustering, in one transaction: each joins an open incident,
 * gets a suggestion or may trip the surge detector, in the order they arrived. One batch runs at a time
 * across all instances (an advisory lock; a second caller returns at once), so incidents grow in arrival
 * order, and each incident's counters are bumped once per batch instead of once per report.
 */
export async function clusterPendingComplaints(db: Db, options: { limit?: number; config?: ClusterConfig } = {}): Promise<ClusterBatch> {
  const limit = options.limit ?? CLUSTER_BATCH;
  return db.transaction(async (tx) => {
    const [lock] = await selectRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext('sigap.cluster-pending')) as ok`);
    if (!lock?.ok) return { placed: 0, linked: 0, more: false };
    const pending = await tx
      .select()
      .from(complaints)
      .where(eq(complaints.needsClustering, true))
      .orderBy(asc(complaints.createdAt), asc(complaints.id))
      .limit(limit)
      .for("update");
    const counts = new Map<string, Date[]>();
    // Reports a surge in this batch already gathered, or that someone joined to an incident meanwhile.
    const placed = new Set(pending.filter((c) => c.incidentId).map((c) => c.id));
    for (const c of pending) {
      if (placed.has(c.id)) continue;
      const outcome = await clusterComplaint(tx, c, options.config ?? CLUSTER_DEFAULTS, { deferCount: true });
      if (outcome.kind === "linked") counts.set(outcome.incidentId, [...(counts.get(outcome.incidentId) ?? []), c.createdAt]);
      if (outcome.kind === "surge") for (const id of outcome.memberIds) placed.add(id);
    }
    for (const [incidentId, times] of counts) await countIntoIncident(tx, incidentId, times);
    if (pending.length > 0) {
      await tx.update(complaints).set({ needsClustering: false }).where(inArray(complaints.id, pending.map((c) => c.id)));
    }
    const linked = [...counts.values()].reduce((n, t) => n + t.length, 0);
    return { placed: pending.length, linked, more: pending.length === limit };
  });
}

/** Runs batches until nothing is left (tests, the seed, and a job that found a full batch). */
export async function clusterAllPending(db: Db, options: { config?: ClusterConfig } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await clusterPendingComplaints(db, options);
    total += batch.placed;
    if (!batch.more) return total;
  }
}
