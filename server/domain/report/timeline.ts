import { asc, eq, inArray } from "drizzle-orm";
import { agencies, clarificationRequests, clarificationResponses, incidentUpdates, incidents } from "../../db/schema";
import type { TimelineEntry } from "../../db/schema/reports";
import type { Queryable } from "../../db/types";
import { peakOf, reportsPerHour } from "../incident/get-detail";

/** A draft report's timeline, prefilled from the data: first report, peak, agency answers, updates, last report. */
export async function prefillTimeline(db: Queryable, incidentIds: string[]): Promise<TimelineEntry[]> {
  const [rows, updates, answers] = await Promise.all([
    db.select().from(incidents).where(inArray(incidents.id, incidentIds)),
    db.select({ at: incidentUpdates.createdAt, status: incidentUpdates.status, body: incidentUpdates.body }).from(incidentUpdates).where(inArray(incidentUpdates.incidentId, incidentIds)),
    db
      .select({ at: clarificationResponses.createdAt, agency: agencies.nameId })
      .from(clarificationResponses)
      .innerJoin(clarificationRequests, eq(clarificationRequests.id, clarificationResponses.requestId))
      .innerJoin(agencies, eq(agencies.id, clarificationRequests.agencyId))
      .where(inArray(clarificationRequests.incidentId, incidentIds))
      .orderBy(asc(clarificationResponses.createdAt)),
  ]);
  const entries: Array<{ at: Date; text: string }> = [];
  const peaks = await Promise.all(rows.map(async (i) => peakOf(await reportsPerHour(db, i.id))));
  for (const [n, i] of rows.entries()) {
    if (i.firstReportAt) entries.push({ at: i.firstReportAt, text: `Laporan pertama tentang ${i.titleId} (${i.code})` });
    const peak = peaks[n];
    if (peak) entries.push({ at: peak, text: `Puncak laporan ${i.code}` });
    if (i.lastReportAt) entries.push({ at: i.lastReportAt, text: `Laporan terakhir ${i.code} — ${i.reportCount} laporan` });
    if (i.resolvedAt) entries.push({ at: i.resolvedAt, text: `Insiden ${i.code} dinyatakan selesai` });
  }
  for (const u of updates) entries.push({ at: u.at, text: `Pembaruan publik (${u.status}): ${u.body.slice(0, 200)}` });
  for (const a of answers) entries.push({ at: a.at, text: `Jawaban klarifikasi dari ${a.agency}` });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime()).map((e) => ({ at: e.at.toISOString(), text: e.text }));
}
