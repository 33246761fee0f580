import type { Metadata } from "next";
import { PeriodFields } from "@/app/_components/period-fields";
import { RatingSummary } from "@/app/_components/rating-summary";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { StatCard } from "@/app/_components/stat-card";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statistics");
  return { title: t("title"), description: t("lead"), openGraph: { title: t("title"), description: t("lead") } };
}

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const [period, t, locale, caller] = await Promise.all([searchParams, getTranslations(), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  // A malformed period falls back to all time; any other failure is a real error.
  const stats = (await orNull(caller.stats.public({ from: period.from, to: period.to }))) ?? (await caller.stats.public({}));
  const common = { groupLabel: t("statistics.group"), countLabel: t("statistics.count") };
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("statistics.title")}</h1>
        <p className="text-slate-700">{t("statistics.lead")}</p>
      </header>
      <form className={cardClass("sm", "flex flex-wrap items-end gap-2")} method="get">
        <PeriodFields from={stats.period.from} to={stats.period.to} />
        <Button>{t("statistics.apply")}</Button>
      </form>
      <dl className="grid gap-3 sm:grid-cols-3">
        <StatCard compact label={t("statistics.total")} value={String(stats.total)} testId="stat-total" />
        <StatCard
          compact
          label={t("statistics.firstResponse")}
          value={stats.medianFirstResponseHours === null ? t("statistics.none") : t("statistics.hours", { value: stats.medianFirstResponseHours })}
          testId="stat-first-response"
        />
        <StatCard
          compact
          label={t("statistics.resolution")}
          value={stats.medianResolutionDays === null ? t("statistics.none") : t("statistics.days", { value: stats.medianResolutionDays })}
          testId="stat-resolution"
        />
      </dl>
      <RatingSummary rating={stats.rating} testId="stat-rating" />
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart
          id="chart-over-time"
          caption={t("statistics.overTime")}
          data={stats.overTime.map((m) => ({ label: m.month, count: m.count }))}
          {...common}
          groupLabel={t("statistics.month")}
        />
        <BarChart
          id="chart-incidents"
          caption={t("statistics.incidents")}
          data={stats.incidentsPerMonth.map((m) => ({ label: m.month, count: m.count }))}
          {...common}
          groupLabel={t("statistics.month")}
        />
        <BarChart
          id="chart-category"
          caption={t("statistics.byCategory")}
          vertical
          data={stats.byCategory.map((c) => ({ label: c.key === "_other" ? c.label[locale] : t(`categories.${c.key as "other"}`), count: c.count }))}
          {...common}
        />
        <BarChart
          id="chart-channel"
          caption={t("statistics.byChannel")}
          vertical
          data={stats.byChannel.map((c) => ({ label: c.key === "_other" ? c.label[locale] : t(`channels.${c.key as "web"}`), count: c.count }))}
          {...common}
        />
        <BarChart
          id="chart-agency"
          caption={t("statistics.byAgency")}
          vertical
          data={stats.byAgency.map((c) => ({ label: c.label[locale], count: c.count }))}
          {...common}
        />
        <BarChart
          id="chart-place"
          caption={t("statistics.byPlace")}
          vertical
          data={stats.byPlace.map((c) => ({ label: c.label[locale], count: c.count }))}
          {...common}
        />
      </div>
      <p className="text-sm text-slate-700">{t("statistics.smallNote")}</p>
    </div>
  );
}
