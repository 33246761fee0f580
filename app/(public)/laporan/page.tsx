import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MALADMINISTRATION_TYPES } from "@/server/db/schema/constants";
import { inputClass } from "@/app/_components/field";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportList");
  return {
    title: t("title"),
    description: t("lead"),
    openGraph: { title: t("title"), description: t("lead") },
    alternates: { types: { "application/atom+xml": "/api/feeds/reports" } },
  };
}

type Search = { q?: string; agency?: string; year?: string; type?: string };

export default async function PublishedReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [filters, t, format, locale, caller] = await Promise.all([
    searchParams,
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<"id" | "en">,
    getServerCaller(),
  ]);
  const [reports, agencies] = await Promise.all([orNull(caller.report.publishedList(filters)).then((r) => r ?? []), caller.catalog.agencies()]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);
  const select = (name: keyof Search, label: string, options: Array<[string, string]>) => (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      <select name={name} defaultValue={filters[name] ?? ""} className={inputClass}>
        <option value="">{t("reportList.any")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("reportList.title")}</h1>
        <p className="text-slate-700">{t("reportList.lead")}</p>
        <p className="text-sm">
          <a href="/api/feeds/reports" className="underline">
            {t("reportList.feed")}
          </a>
        </p>
      </header>
      <form className={cardClass("sm", "grid gap-2 sm:grid-cols-5")} method="get" role="search">
        <label className="text-sm sm:col-span-2">
          <span className="block font-medium">{t("reportList.search")}</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        {select(
          "agency",
          t("reportList.agency"),
          agencies.map((a) => [a.slug, a.name[locale]]),
        )}
        {select(
          "year",
          t("reportList.year"),
          years.map((y) => [String(y), String(y)]),
        )}
        {select(
          "type",
          t("reportList.type"),
          MALADMINISTRATION_TYPES.map((m) => [m, t(`maladministration.${m}`)]),
        )}
        <Button className="sm:col-start-5">{t("reportList.apply")}</Button>
      </form>
      {reports.length === 0 ? (
        <p>{t("reportList.none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="published-reports">
          {reports.map((r) => (
            <li key={r.slug} className="space-y-1 rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/laporan/${r.slug}`} className="underline">
                  {r.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {format.dateTime(r.publishedAt, { dateStyle: "long" })} · {t("reportList.version", { version: r.version })}
                {r.maladministrationTypes.length > 0 &&
                  ` · ${r.maladministrationTypes.map((m) => t(`maladministration.${m as "undue_delay"}`)).join(", ")}`}
              </p>
              <p className="line-clamp-3">{r.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
