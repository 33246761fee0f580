import { asc, eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { agencies, clarificationRequests, clarificationResponses, incidentUpdates, incidents } from "@/server/db/schema";
import type { TimelineEntry } from "@/server/db/schema/reports";
import type { Queryable } from "@/server/db/types";
import { MESSAGES } from "@/server/i18n/messages";
import { peakOf, reportsPerHour } from "@/server/domain/incident/get-detail";

/** A draft report's timeline, prefilled from the data: first report, peak, agency answers, updates, last report. */
export async function prefillTimeline(db: Queryable, incidentIds: string[]): Promise<TimelineEntry[]> {
  const [rows, updates, answers] = await Promise.all([
    db.select().from(incidents).where(inArray(incidents.id, incidentIds)),
    db
      .select({ at: incidentUpdates.createdAt, status: incidentUpdates.status, body: incidentUpdates.body, agency: agencies.nameId })
      .from(incidentUpdates)
      .leftJoin(agencies, eq(agencies.id, incidentUpdates.agencyId))
      .where(inArray(incidentUpdates.incidentId, incidentIds)),
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
  // The draft is written in Bahasa Indonesia (staff edit it before publishing): statuses in words, an agency's own
  // statement named as the agency's, never as the Ombudsman's update.
  const status = createTranslator({ locale: "id", messages: MESSAGES.id, namespace: "incidentPublicStatus" });
  for (const u of updates) {
    const label = u.agency ? `Pernyataan ${u.agency}` : "Pembaruan Ombudsman";
    entries.push({ at: u.at, text: `${label} (${status(u.status).toLowerCase()}): ${u.body.slice(0, 200)}` });
  }
  for (const a of answers) entries.push({ at: a.at, text: `Jawaban klarifikasi dari ${a.agency}` });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime()).map((e) => ({ at: e.at.toISOString(), text: e.text }));
}
