import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/db/schema/constants";
import { barsChart, seriesChart } from "@/server/charts/evidence-chart";
import { durationParts, inOutage, labelledCounts, milestoneList, type CountRow } from "@/server/charts/evidence-labels";
import type { RouterOutputs } from "@/app/_trpc/types";

type EvidencePack = NonNullable<RouterOutputs["report"]["published"]["evidence"]>;
import { formatJakarta, formatWib, formatWibRange } from "@/server/i18n/jakarta-time";
import { BarsSvg } from "./bars-svg";
import { SeriesSvg } from "./series-svg";

const cell = "px-2 py-1 text-left";

/** A report's evidence pack as people read it: charts drawn on the server, each with its figures in a table. */
export async function EvidenceSection({
  pack,
  locale,
  downloads,
}: {
  pack: EvidencePack;
  locale: Locale;
  downloads?: { csv: string; json: string };
}) {
  const t = await getTranslations("publicReport.evidence");
  const root = await getTranslations();
  const has = (part: EvidencePack["parts"][number]) => pack.parts.includes(part);
  const wib = (at: string) => formatWib(locale, at);
  const counts = labelledCounts(pack, locale);
  const chart = has("hourly") ? seriesChart(pack) : null;
  const points = pack.series.points;
  const peak = points.reduce<(typeof points)[number] | null>((best, p) => ((p.count ?? 0) > (best?.count ?? 0) ? p : best), null);
  const outageRanges = pack.outages.map((o) => formatWibRange(locale, o.startedAt, o.endedAt, root("incidentPage.ongoing"))).join("; ");
  const tick = (at: string) =>
    pack.series.unit === "hour" ? formatJakarta(locale, at, { timeStyle: "short" }) : formatJakarta(locale, at, { dateStyle: "short" });
  const first = pack.milestones.firstReport;

  const bars = (key: "channels" | "places" | "categories", rows: CountRow[]) =>
    has(key) &&
    rows.length > 0 && (
      <figure className="space-y-1" key={key}>
        <figcaption className="font-semibold">{t(key)}</figcaption>
        <BarsSvg
          chart={barsChart(rows)}
          id={`evidence-${key}`}
          title={t(key)}
          desc={t("barsDesc", { rows: rows.length, top: rows[0]!.label, count: rows[0]!.count ?? t("withheld") })}
          withheld={t("withheld")}
        />
        <details>
          <summary className="cursor-pointer text-sm text-brand-800 underline">{t("dataTable")}</summary>
          <table className="text-sm">
            <caption className="sr-only">{t(key)}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t("label")}
                </th>
                <th scope="col" className={cell}>
                  {t("reports")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label} className="border-t">
                  <td className={cell}>{r.label}</td>
                  <td className={cell}>{r.count ?? t("withheld")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    );

  return (
    <section aria-labelledby="evidence" className="space-y-4" data-testid="evidence">
      <h2 id="evidence" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">
        {t("computed", { date: wib(pack.computedAt) })} {t("totalReports", { count: pack.totalReports })}
      </p>
      {downloads && (
        <p className="flex gap-3 text-sm print:hidden">
          <span>{t("download")}</span>
          <a href={downloads.csv} className="underline" download>
            {t("csv")}
          </a>
          <a href={downloads.json} className="underline" download>
            {t("json")}
          </a>
        </p>
      )}

      {chart && peak && (
        <figure className="space-y-1">
          <figcaption className="font-semibold">{t("seriesTitle", { unit: pack.series.unit })}</figcaption>
          <SeriesSvg
            chart={chart}
            id="evidence-series"
            title={t("seriesTitle", { unit: pack.series.unit })}
            desc={[
              t("seriesDesc", {
                total: pack.totalReports,
                from: wib(points[0]!.at),
                to: wib(points.at(-1)!.at),
                peak: wib(peak.at),
                peakCount: peak.count ?? 0,
              }),
              outageRanges ? t("seriesOutage", { ranges: outageRanges }) : "",
            ].join(" ")}
            tick={tick}
          />
          {outageRanges && <p className="text-sm">{t("seriesOutage", { ranges: outageRanges })}</p>}
          <p className="text-xs text-slate-700">{t("withheldNote")}</p>
          <details>
            <summary className="cursor-pointer text-sm text-brand-800 underline">{t("dataTable")}</summary>
            <table className="text-sm" data-testid="evidence-series-table">
              <caption className="sr-only">{t("seriesTitle", { unit: pack.series.unit })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t("time")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("reports")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("inOutage")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.at} className="border-t">
                    <td className={cell}>{wib(p.at)}</td>
                    <td className={cell}>{p.count ?? t("withheld")}</td>
                    <td className={cell}>{inOutage(pack, p.at) ? t("yes") : t("no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        {bars("channels", counts.channels)}
        {bars("categories", counts.categories)}
      </div>
      {bars("places", counts.places)}

      {has("milestones") && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("milestones")}</h3>
          <ol className="space-y-1 border-l-2 border-brand-700 pl-4 text-sm" data-testid="evidence-milestones">
            {milestoneList(pack).map((m) => (
              <li key={m.key}>
                <span className="font-medium">{t(`milestone.${m.key}`)}:</span> {m.at ? wib(m.at) : t("notYet")}
                {m.source && ` (${t(`restoredBy.${m.source}`)})`}
                {m.at && first && m.key !== "firstReport" && ` — ${t("after", { duration: t("duration", durationParts(first, m.at)) })}`}
              </li>
            ))}
          </ol>
        </div>
      )}

      {has("clarifications") && pack.clarifications.length > 0 && (
        <div className="space-y-1 overflow-x-auto">
          <h3 className="font-semibold">{t("clarifications")}</h3>
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                {(["agency", "sent", "due", "answered", "took", "status"] as const).map((k) => (
                  <th key={k} scope="col" className={cell}>
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pack.clarifications.map((c) => (
                <tr key={c.sentAt} className="border-t">
                  <td className={cell}>{c.agency[locale]}</td>
                  <td className={cell}>{wib(c.sentAt)}</td>
                  <td className={cell}>{wib(c.dueAt)}</td>
                  <td className={cell}>{c.answeredAt ? wib(c.answeredAt) : t("notYet")}</td>
                  <td className={cell}>{t("tookValue", { days: c.workingDays, limit: c.limitWorkingDays })}</td>
                  <td className={cell}>{t(`within.${c.withinDeadline === null ? "open" : c.withinDeadline ? "yes" : "no"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {has("recommendations") && pack.recommendations.length > 0 && (
        <div className="space-y-1 overflow-x-auto">
          <h3 className="font-semibold">{t("recommendations")}</h3>
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                {(["ordinal", "agency", "due", "status"] as const).map((k) => (
                  <th key={k} scope="col" className={cell}>
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pack.recommendations.map((r) => (
                <tr key={r.ordinal} className="border-t">
                  <td className={cell}>{r.ordinal}</td>
                  <td className={cell}>{r.agency[locale]}</td>
                  <td className={cell}>{formatJakarta(locale, r.dueAt, { dateStyle: "medium" })}</td>
                  <td className={cell}>{root(`recommendationStatus.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
