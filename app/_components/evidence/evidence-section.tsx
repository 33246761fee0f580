import { getTranslations } from "next-intl/server";
import type { RouterOutputs } from "@/app/_trpc/types";
import type { Locale } from "@/server/db/schema/constants";
import { barsChart, seriesChart } from "@/server/charts/evidence-chart";
import {
  durationParts,
  inOutage,
  labelledCounts,
  milestoneList,
  outageRanges,
  seriesDescValues,
  seriesTick,
  type CountRow,
} from "@/server/charts/evidence-labels";
import { formatJakarta, formatWib } from "@/server/i18n/jakarta-time";
import { BarsSvg } from "./bars-svg";
import { EvidenceTable } from "./evidence-table";
import { SeriesSvg } from "./series-svg";

type EvidencePack = NonNullable<RouterOutputs["report"]["published"]["evidence"]>;

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
  const facts = seriesDescValues(pack, locale);
  const ranges = outageRanges(pack, locale);
  const first = pack.milestones.firstReport;
  const withheld = t("withheld");

  const dataTable = (children: React.ReactNode) => (
    <details>
      <summary className="cursor-pointer text-sm text-brand-800 underline">{t("dataTable")}</summary>
      {children}
    </details>
  );

  const bars = (key: "channels" | "places" | "categories", rows: CountRow[]) =>
    has(key) &&
    rows.length > 0 && (
      <figure className="space-y-1" key={key}>
        <figcaption className="font-semibold">{t(key)}</figcaption>
        <BarsSvg
          chart={barsChart(rows)}
          id={`evidence-${key}`}
          title={t(key)}
          desc={t("barsDesc", { rows: rows.length, top: rows[0]?.label ?? "", count: rows[0]?.count ?? withheld })}
          withheld={withheld}
        />
        {dataTable(
          <EvidenceTable
            caption={t(key)}
            headers={[t("label"), t("reports")]}
            rows={rows.map((r) => ({ key: r.label, cells: [r.label, r.count ?? withheld] }))}
          />,
        )}
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

      {chart && facts && (
        <figure className="space-y-1">
          <figcaption className="font-semibold">{t("seriesTitle", { unit: pack.series.unit })}</figcaption>
          <SeriesSvg
            chart={chart}
            id="evidence-series"
            title={t("seriesTitle", { unit: pack.series.unit })}
            desc={[t("seriesDesc", facts), ranges ? t("seriesOutage", { ranges }) : ""].join(" ")}
            tick={(at) => seriesTick(pack, locale, at)}
          />
          {ranges && <p className="text-sm">{t("seriesOutage", { ranges })}</p>}
          <p className="text-xs text-slate-700">{t("withheldNote")}</p>
          {dataTable(
            <EvidenceTable
              caption={t("seriesTitle", { unit: pack.series.unit })}
              headers={[t("time"), t("reports"), t("inOutage")]}
              rows={pack.series.points.map((p) => ({
                key: p.at,
                cells: [wib(p.at), p.count ?? withheld, inOutage(pack, p.at) ? t("yes") : t("no")],
              }))}
              testId="evidence-series-table"
            />,
          )}
        </figure>
      )}

      {/* Full width, each: the labels stay at reading size (the drawing scales with its box). */}
      {bars("channels", counts.channels)}
      {bars("categories", counts.categories)}
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
        <div className="space-y-1">
          <h3 className="font-semibold">{t("clarifications")}</h3>
          <EvidenceTable
            caption={t("clarifications")}
            headers={[t("agency"), t("sent"), t("due"), t("answered"), t("took"), t("status")]}
            rows={pack.clarifications.map((c) => ({
              key: c.sentAt,
              cells: [
                c.agency[locale],
                wib(c.sentAt),
                wib(c.dueAt),
                c.answeredAt ? wib(c.answeredAt) : t("notYet"),
                t("tookValue", { days: c.workingDays, limit: c.limitWorkingDays }),
                t(`within.${c.withinDeadline === null ? "open" : c.withinDeadline ? "yes" : "no"}`),
              ],
            }))}
          />
        </div>
      )}

      {has("recommendations") && pack.recommendations.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("recommendations")}</h3>
          <EvidenceTable
            caption={t("recommendations")}
            headers={[t("ordinal"), t("agency"), t("due"), t("status")]}
            rows={pack.recommendations.map((r) => ({
              key: String(r.ordinal),
              cells: [r.ordinal, r.agency[locale], formatJakarta(locale, r.dueAt, { dateStyle: "medium" }), root(`recommendationStatus.${r.status}`)],
            }))}
          />
        </div>
      )}
    </section>
  );
}
