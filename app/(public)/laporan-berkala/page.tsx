import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { PrintButton } from "@/app/_components/print-button";
import { jakartaDay } from "@/server/i18n/jakarta-time";
import { Button } from "@/app/_components/form/button";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("periodic");
  return { title: t("title"), description: t("lead"), openGraph: { title: t("title"), description: t("lead") } };
}

/** The quarter before the current one (Jakarta), the one usually being reported on. */
function lastQuarter(now: Date): string {
  const [year, month] = jakartaDay(now).split("-").map(Number) as [number, number];
  const q = Math.floor((month - 1) / 3);
  return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
}

export default async function PeriodicReportPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const [params, t, locale, caller] = await Promise.all([searchParams, getTranslations(), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  const requested = params.period ?? lastQuarter(new Date());
  const report = (await orNull(caller.stats.periodic({ period: requested }))) ?? (await caller.stats.periodic({ period: lastQuarter(new Date()) }));
  const thisYear = new Date().getFullYear();
  const periods = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i).flatMap((y) => [
    String(y),
    ...[4, 3, 2, 1].map((q) => `${y}-Q${q}`),
  ]);
  const table = (caption: string, rows: Array<{ label: string; count: number }>, testId: string) => (
    <section className="space-y-1">
      <h2 className="text-lg font-semibold">{caption}</h2>
      {rows.length === 0 ? (
        <p>{t("periodic.none")}</p>
      ) : (
        <table className="w-full bg-white text-sm shadow-sm print:shadow-none" data-testid={testId}>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">
                {t("periodic.item")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("periodic.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-t border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">
                  {r.label}
                </th>
                <td className="p-2 text-right">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("periodic.title")}: {report.period}
        </h1>
        <p className="text-slate-700">{t("periodic.lead")}</p>
        <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
          <label className="text-sm">
            <span className="block font-medium">{t("periodic.period")}</span>
            <select name="period" defaultValue={report.period} className={inputClass}>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {p.includes("-Q") ? `${p.slice(0, 4)} · ${t("periodic.quarter", { q: p.slice(-1) })}` : `${p} · ${t("periodic.year")}`}
                </option>
              ))}
            </select>
          </label>
          <Button>{t("periodic.apply")}</Button>
          <a
            href={`/api/periodic-report?period=${report.period}`}
            className="rounded-md border border-brand-800 px-3 py-2 font-semibold text-brand-800"
            download
          >
            {t("periodic.download")}
          </a>
          <PrintButton label={t("periodic.print")} />
        </form>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["received", "closed", "incidents", "reportsPublished"] as const).map((k) => (
          <Card as="div" padding="sm" className="print:shadow-none" key={k}>
            <dt className="text-sm text-slate-700">{t(`periodic.${k}`)}</dt>
            <dd className="text-2xl font-semibold" data-testid={`periodic-${k}`}>
              {report[k]}
            </dd>
          </Card>
        ))}
      </dl>
      {table(
        t("periodic.byCategory"),
        report.byCategory.map((r) => ({ label: t(`categories.${r.key as "other"}`), count: r.count })),
        "periodic-categories",
      )}
      {table(
        t("periodic.byChannel"),
        report.byChannel.map((r) => ({ label: t(`channels.${r.key as "web"}`), count: r.count })),
        "periodic-channels",
      )}
      {table(
        t("periodic.outcomes"),
        report.outcomes.map((r) => ({ label: t(`outcomes.${r.key as "withdrawn"}`), count: r.count })),
        "periodic-outcomes",
      )}
      {table(
        t("periodic.uncooperative"),
        report.uncooperative.map((r) => ({ label: r.name[locale], count: r.count })),
        "periodic-uncooperative",
      )}
      {table(
        t("periodic.notImplementing"),
        report.notImplementing.map((r) => ({ label: r.name[locale], count: r.count })),
        "periodic-not-implementing",
      )}
    </article>
  );
}
