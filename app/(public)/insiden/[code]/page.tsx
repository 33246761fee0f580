import type { Metadata } from "next";
import { UpdateText } from "@/app/_components/update-text";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ClientProviders } from "@/app/_components/client-providers";
import { FollowForm } from "@/app/_components/follow-form";
import { HourlyChart } from "@/app/_components/hourly-chart";
import { IncidentMap } from "@/app/_components/map/incident-map";
import { NotFoundNotice, notFoundMetadata } from "@/app/_components/not-found-notice";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { formatWib, formatWibRange } from "@/server/i18n/jakarta-time";

export const dynamic = "force-dynamic";

const load = cache(async (code: string) => {
  const caller = await getServerCaller();
  return orNull(caller.incident.public({ code }));
});

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ code }, locale] = await Promise.all([params, getLocale()]);
  const i = await load(code);
  if (!i) return notFoundMetadata();
  const title = i.title[locale as "id"];
  return {
    title,
    description: i.summary[locale as "id"] || title,
    openGraph: { title, description: i.summary[locale as "id"] || title, type: "article" },
    alternates: { types: { "application/atom+xml": `/api/feeds/updates?incident=${i.code}` } },
  };
}

export default async function PublicIncidentPage({ params }: Params) {
  const { code } = await params;
  const [i, t, locale, caller] = await Promise.all([load(code), getTranslations(), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  if (!i) return <NotFoundNotice />;
  const map = await caller.map.public({ incident: i.code });
  const when = (x: Date | null) => (x ? formatWib(locale, x) : "—");
  return (
    <article className="mx-auto max-w-2xl space-y-5">
      <header className="space-y-2">
        <p className="font-mono text-sm text-slate-700">{t("incidentPage.title", { code: i.code })}</p>
        <h1 className="text-2xl font-bold">{i.title[locale]}</h1>
        <p className="inline-block rounded-full bg-brand-800 px-4 py-1 font-semibold text-white" data-testid="incident-public-status">
          {t(`incidentPublicStatus.${i.status as "investigating"}`)}
        </p>
        {i.summary[locale] && <p className="text-slate-800">{i.summary[locale]}</p>}
      </header>
      <dl className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 text-sm shadow-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-700">{t("incidentPage.agency")}</dt>
          <dd>{i.agencyName?.[locale] ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("incidentPage.service")}</dt>
          <dd>{i.serviceName?.[locale] ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("incidentPage.places")}</dt>
          <dd>{i.places.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("incidentPage.started")}</dt>
          <dd>{when(i.firstReportAt)}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("incidentPage.last")}</dt>
          <dd>{when(i.lastReportAt)}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("incidentPage.resolved")}</dt>
          <dd>{when(i.resolvedAt)}</dd>
        </div>
        {i.measuredDowntime.length > 0 && (
          <div className="col-span-2 sm:col-span-3" data-testid="measured-downtime">
            <dt className="text-slate-700">{t("incidentPage.measuredDowntime")}</dt>
            {i.measuredDowntime.map((o) => (
              <dd key={o.startedAt.toISOString()}>{formatWibRange(locale, o.startedAt, o.endedAt, t("incidentPage.ongoing"))}</dd>
            ))}
          </div>
        )}
      </dl>
      <IncidentMap map={map} code={i.code} />
      <p className="text-lg font-semibold">{t("incidentPage.reports", { count: i.reportCount })}</p>
      <HourlyChart data={i.hourly} caption={t("incidentPage.perHour")} hourLabel={t("incidentPage.perHour")} countLabel={t("console.reports")} />
      <section aria-labelledby="updates" className="space-y-2">
        <h2 id="updates" className="text-lg font-semibold">
          {t("incidentPage.updates")}
        </h2>
        {i.updates.length === 0 ? (
          <p>{t("incidentPage.noUpdates")}</p>
        ) : (
          <ol className="space-y-3 border-l-2 border-brand-700 pl-4" data-testid="public-updates">
            {[...i.updates].reverse().map((u, n) => (
              <li key={n}>
                <p className="text-sm text-slate-700">
                  <time dateTime={u.at.toISOString()}>{when(u.at)}</time> · {t(`incidentPublicStatus.${u.status as "investigating"}`)}
                  {u.byAgency ? ` · ${t("track.agencyStatement")}` : ""}
                </p>
                <UpdateText update={u} as="p" />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ClientProviders>
        <FollowForm targetType="incident" target={i.code} feedUrl={`/api/feeds/updates?incident=${i.code}`} />
      </ClientProviders>
    </article>
  );
}
