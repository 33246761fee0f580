import type { Metadata } from "next";
import { RatingSummary } from "@/app/_components/rating-summary";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { RECOMMENDATION_STATUSES } from "@/server/db/schema/constants";
import { ClientProviders } from "@/app/_components/client-providers";
import { FollowForm } from "@/app/_components/follow-form";
import { NotFoundNotice, notFoundMetadata } from "@/app/_components/not-found-notice";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { StatCard } from "@/app/_components/stat-card";

export const dynamic = "force-dynamic";

const load = cache(async (slug: string) => {
  const caller = await getServerCaller();
  return orNull(caller.stats.scorecard({ slug }));
});

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ slug }, locale, t] = await Promise.all([params, getLocale() as Promise<"id" | "en">, getTranslations("scorecard")]);
  const card = await load(slug);
  if (!card) return notFoundMetadata();
  const title = `${t("indexTitle")}: ${card.name[locale]}`;
  return { title, description: t("lead"), openGraph: { title, description: t("lead") } };
}

export default async function ScorecardPage({ params }: Params) {
  const [{ slug }, t, locale] = await Promise.all([params, getTranslations(), getLocale() as Promise<"id" | "en">]);
  const card = await load(slug);
  if (!card) return <NotFoundNotice />;
  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/instansi" className="underline">
            {t("scorecard.back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{card.name[locale]}</h1>
        <p className="text-slate-700">{t("scorecard.lead")}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatCard compact label={t("scorecard.requests")} value={String(card.requests)} testId="score-requests" />
        <StatCard
          compact
          label={t("scorecard.onTime")}
          value={card.onTimePct === null ? t("scorecard.none") : `${card.onTimePct}%`}
          testId="score-on-time"
        />
        <StatCard
          compact
          label={t("scorecard.median")}
          value={card.medianAnswerDays === null ? t("scorecard.none") : t("scorecard.days", { days: card.medianAnswerDays })}
          testId="score-median"
        />
        <StatCard compact label={t("scorecard.openIncidents")} value={String(card.openIncidents)} testId="score-open-incidents" />
      </dl>
      <section aria-labelledby="recs" className="space-y-2">
        <h2 id="recs" className="text-lg font-semibold">
          {t("scorecard.recommendations")}
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="score-recommendations">
          {RECOMMENDATION_STATUSES.map((s) => (
            <div key={s} className="rounded bg-white p-2 shadow-sm">
              <dt className="text-sm text-slate-700">{t(`recommendationStatus.${s}`)}</dt>
              <dd className="text-xl font-semibold">{card.recommendations[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
      <RatingSummary rating={card.rating} testId="score-rating" />
      {card.trend.length > 0 && (
        <section aria-labelledby="trend" className="space-y-2">
          <h2 id="trend" className="text-lg font-semibold">
            {t("scorecard.trend")}
          </h2>
          <table className="w-full bg-white text-sm shadow-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  {t("scorecard.quarter")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("scorecard.requests")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("scorecard.answeredOnTime")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("scorecard.implemented")}
                </th>
              </tr>
            </thead>
            <tbody>
              {card.trend.map((q) => (
                <tr key={q.quarter} className="border-t border-slate-200">
                  <th scope="row" className="p-2 text-left font-medium">
                    {q.quarter}
                  </th>
                  <td className="p-2 text-right">{q.requests}</td>
                  <td className="p-2 text-right">{q.answeredOnTime}</td>
                  <td className="p-2 text-right">{q.implemented}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ClientProviders>
        <FollowForm targetType="agency" target={card.slug} feedUrl={`/api/feeds/updates?agency=${card.slug}`} />
      </ClientProviders>
    </article>
  );
}
