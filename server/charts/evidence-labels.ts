import type { Locale } from "@/server/db/schema/constants";
import { MESSAGES } from "@/server/i18n/messages";
import { formatJakarta, formatWib, formatWibRange } from "@/server/i18n/jakarta-time";
import type { EvidencePack } from "@/server/domain/report/evidence/pack";

export type CountRow = { label: string; count: number | null };

/** The pack's counts with their names in the reader's language: the same labels on the page, in the PDF and in the CSV. */
export function labelledCounts(pack: EvidencePack, locale: Locale): { channels: CountRow[]; categories: CountRow[]; places: CountRow[] } {
  const m = MESSAGES[locale];
  const other = m.publicReport.evidence.other;
  return {
    channels: pack.channels.map((c) => ({ label: c.key === "other" ? other : m.channels[c.key], count: c.count })),
    categories: pack.categories.map((c) => ({ label: c.key === "other" ? other : m.categories[c.key], count: c.count })),
    places: pack.places.map((p) => ({
      label: p.kind === "other" ? other : p.kind === "unknown" ? m.publicReport.evidence.unknownPlace : (p.name ?? ""),
      count: p.count,
    })),
  };
}

/** Days, hours and minutes between two instants, for "2 h 31 min after the first report". */
export function durationParts(from: string, to: string) {
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

export const MILESTONES = ["firstReport", "confirmed", "firstPublicUpdate", "agencyFirstAnswer", "serviceRestored"] as const;

/** The milestones in order, each with its instant (null: not reached), and for a restored service where the time came from. */
export function milestoneList(pack: EvidencePack) {
  return MILESTONES.map((key) => {
    const value = pack.milestones[key];
    return typeof value === "object" && value !== null
      ? { key, at: value.at, source: value.source }
      : { key, at: value, source: null as "monitor" | "agency" | null };
  });
}

/** Whether an instant of the series falls in a measured outage. */
export function inOutage(pack: EvidencePack, at: string): boolean {
  const t = Date.parse(at);
  const step = pack.series.unit === "hour" ? 3600_000 : 86_400_000;
  return pack.outages.some((o) => Date.parse(o.startedAt) < t + step && (o.endedAt === null || Date.parse(o.endedAt) > t));
}

/** The series' span and its busiest bucket, which the chart's description names. */
export function seriesFacts(pack: EvidencePack) {
  const points = pack.series.points;
  const [first, last] = [points[0], points.at(-1)];
  if (!first || !last) return null;
  const peak = points.reduce((best, p) => ((p.count ?? 0) > (best.count ?? 0) ? p : best), first);
  return { from: first.at, to: last.at, peak: { at: peak.at, count: peak.count ?? 0 } };
}

/** The figures the series chart's description names, formatted for the reader: span, total and busiest bucket. */
export function seriesDescValues(pack: EvidencePack, locale: Locale) {
  const facts = seriesFacts(pack);
  if (!facts) return null;
  const wib = (at: string) => formatWib(locale, at);
  return { total: pack.totalReports, from: wib(facts.from), to: wib(facts.to), peak: wib(facts.peak.at), peakCount: facts.peak.count };
}

/** The measured outages as one line of WIB spans ("19 Des 2020, 06.12 WIB – 20 Des 2020, 14.21 WIB"). */
export function outageRanges(pack: EvidencePack, locale: Locale): string {
  const ongoing = MESSAGES[locale].incidentPage.ongoing;
  return pack.outages.map((o) => formatWibRange(locale, o.startedAt, o.endedAt, ongoing)).join("; ");
}

/** An axis label: the hour of an hourly series, the date of a daily one. */
export function seriesTick(pack: EvidencePack, locale: Locale, at: string): string {
  return pack.series.unit === "hour" ? formatJakarta(locale, at, { timeStyle: "short" }) : formatJakarta(locale, at, { dateStyle: "short" });
}
