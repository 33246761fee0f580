import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { monitorChecks, monitorOutages, monitors } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import type { CheckResult } from "./http-check";
import { incidentForOutage } from "./outage-incident";
import { oneRow } from "@/server/db/one-row";

export type OutageChange = { kind: "opened" | "closed"; outageId: string; incidentId: string | null } | null;

/**
 * Stores one check and moves the monitor's state: the Nth failure in a row opens an outage dated from the
 * first of them (and joins it to the service's incident); the first success closes it. The monitor row is
 * locked, so two workers' results for one monitor apply one after the other.
 */
export async function recordCheck({
  ctx,
  monitorId,
  checkedAt,
  result,
}: {
  ctx: DomainCtx;
  monitorId: string;
  checkedAt: Date;
  result: CheckResult;
}) {
  return ctx.db.transaction(async (tx): Promise<OutageChange> => {
    const [monitor] = await tx
      .select({ serviceId: monitors.serviceId, failuresToOpen: monitors.failuresToOpen, consecutiveFailures: monitors.consecutiveFailures })
      .from(monitors)
      .where(eq(monitors.id, monitorId))
      .for("update");
    if (!monitor) return null;
    await tx
      .insert(monitorChecks)
      .values({ monitorId, checkedAt, ok: result.ok, latencyMs: result.latencyMs, statusCode: result.statusCode, error: result.error })
      .onConflictDoNothing();
    const failures = result.ok ? 0 : monitor.consecutiveFailures + 1;
    await tx
      .update(monitors)
      .set({ consecutiveFailures: failures, lastCheckedAt: checkedAt, lastOk: result.ok, lastError: result.error })
      .where(eq(monitors.id, monitorId));
    const [open] = await tx
      .select({ id: monitorOutages.id, incidentId: monitorOutages.incidentId })
      .from(monitorOutages)
      .where(and(eq(monitorOutages.monitorId, monitorId), isNull(monitorOutages.endedAt)))
      .orderBy(desc(monitorOutages.startedAt))
      .limit(1);

    if (result.ok) {
      if (!open) return null;
      await tx.update(monitorOutages).set({ endedAt: checkedAt }).where(eq(monitorOutages.id, open.id));
      await writeAudit(tx, null, {
        action: "monitor.outage_close",
        entityType: "monitor",
        entityId: monitorId,
        after: { outageId: open.id, endedAt: checkedAt },
      });
      return { kind: "closed", outageId: open.id, incidentId: open.incidentId };
    }
    if (open) {
      await tx
        .update(monitorOutages)
        .set({ lastFailureAt: checkedAt, failedChecks: sql`${monitorOutages.failedChecks} + 1`, lastError: result.error })
        .where(eq(monitorOutages.id, open.id));
      return null;
    }
    if (failures < monitor.failuresToOpen) return null;
    // The run began after the last check that passed.
    const run = oneRow(
      await selectRows<{ started_at: string; n: number }>(
        tx,
        sql`select min(checked_at)::text as started_at, count(*)::int as n from monitor_checks
          where monitor_id = ${monitorId}::uuid and checked_at <= ${checkedAt.toISOString()}::timestamptz
            and checked_at > coalesce((select max(checked_at) from monitor_checks where monitor_id = ${monitorId}::uuid and ok), '-infinity')`,
      ),
    );
    const startedAt = new Date(run.started_at);
    const outage = oneRow(
      await tx
        .insert(monitorOutages)
        .values({
          monitorId,
          serviceId: monitor.serviceId,
          startedAt,
          lastFailureAt: checkedAt,
          failedChecks: run.n,
          lastError: result.error,
          openedAt: ctx.now(),
        })
        .returning({ id: monitorOutages.id }),
    );
    const incidentId = await incidentForOutage(tx, { id: outage.id, serviceId: monitor.serviceId, startedAt }, ctx.now());
    await tx.update(monitorOutages).set({ incidentId }).where(eq(monitorOutages.id, outage.id));
    await writeAudit(tx, null, {
      action: "monitor.outage_open",
      entityType: "monitor",
      entityId: monitorId,
      after: { outageId: outage.id, startedAt, incidentId, error: result.error },
    });
    return { kind: "opened", outageId: outage.id, incidentId };
  });
}
