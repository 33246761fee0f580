import { monitorOutages, monitorRollups, monitors } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { oneRow } from "@/server/db/one-row";

const HOUR_MS = 3600_000;
/** What the monitor measured: e-HAC failed every check from 06:12 WIB on 19 December to 14:20 WIB the next day. */
export const EHAC_OUTAGE = { startedAt: wibInstant("2020-12-19T06:12:00"), endedAt: wibInstant("2020-12-20T14:21:00") };

/**
 * The e-HAC monitor's recorded history, as if Sigap had been watching it in December 2020: a check a minute,
 * summed per hour, from 17 to 22 December, failing from 06:12 WIB on the 19th to 14:21 WIB on the 20th, and the
 * outage it measured, joined to the e-HAC incident. The monitor is paused: the demo checks nothing on the internet.
 */
export async function seedEhacMonitorHistory(tx: Tx, serviceId: string, incidentId: string, createdById: string) {
  const monitor = oneRow(
    await tx
      .insert(monitors)
      .values({
        serviceId,
        name: "e-HAC — halaman pengisian",
        url: "https://ehac.kemkes.go.id/",
        expectText: "e-HAC",
        isActive: false,
        nextDueAt: wibInstant("2020-12-22T00:00:00"),
        lastCheckedAt: wibInstant("2020-12-21T23:59:00"),
        lastOk: true,
        createdById,
        createdAt: wibInstant("2020-12-01T09:00:00"),
      })
      .returning({ id: monitors.id }),
  );
  const start = wibInstant("2020-12-17T00:00:00").getTime();
  const end = wibInstant("2020-12-22T00:00:00").getTime();
  const hours = [];
  for (let h = start; h < end; h += HOUR_MS) {
    // Failed minutes of this hour: those inside the outage.
    const from = Math.max(h, EHAC_OUTAGE.startedAt.getTime());
    const to = Math.min(h + HOUR_MS, EHAC_OUTAGE.endedAt.getTime());
    const failures = Math.max(0, Math.round((to - from) / 60_000));
    // Latency climbs as the database falters; timeouts (10 s) while it is down.
    const slow = failures > 0 ? 10_000 : 180 + ((h / HOUR_MS) % 24) * 6;
    hours.push({
      monitorId: monitor.id,
      grain: "hour" as const,
      bucketStart: new Date(h),
      checks: 60,
      failures,
      p50Ms: failures >= 30 ? 10_000 : Math.round(slow * 0.8),
      p95Ms: slow,
      maxMs: failures > 0 ? 10_000 : slow + 120,
    });
  }
  await tx.insert(monitorRollups).values(hours);
  await tx.insert(monitorOutages).values({
    monitorId: monitor.id,
    serviceId,
    incidentId,
    startedAt: EHAC_OUTAGE.startedAt,
    endedAt: EHAC_OUTAGE.endedAt,
    lastFailureAt: new Date(EHAC_OUTAGE.endedAt.getTime() - 60_000),
    failedChecks: Math.round((EHAC_OUTAGE.endedAt.getTime() - EHAC_OUTAGE.startedAt.getTime()) / 60_000),
    lastError: "timeout",
    openedAt: new Date(EHAC_OUTAGE.startedAt.getTime() + 2 * 60_000),
  });
}
