import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/server/db/schema/constants";
import { cache } from "react";
import { NotFoundNotice, notFoundMetadata } from "@/app/_components/not-found-notice";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { PrintButton } from "@/app/_components/print-button";
import { formatWib } from "@/server/i18n/jakarta-time";
import { EvidenceSection } from "@/app/_components/evidence/evidence-section";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

const load = cache(async (slug: string) => {
  const caller = await getServerCaller();
  return orNull(caller.report.published({ slug }));
});

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const r = await load((await params).slug);
  if (!r) return notFoundMetadata();
  return {
    title: r.title,
    description: r.summary.slice(0, 200),
    openGraph: { title: r.title, description: r.summary.slice(0, 200), type: "article" },
  };
}

export default async function PublishedReportPage({ params }: Params) {
  const { slug } = await params;
  const [r, t, format, locale] = await Promise.all([load(slug), getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  const latest = r?.versions[0];
  if (!r || !latest) return <NotFoundNotice />;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <article className="mx-auto max-w-3xl space-y-6" data-testid="published-report">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-800 uppercase">{t("publicReport.eyebrow")}</p>
        <h1 className="text-2xl font-bold">{r.title}</h1>
        <p className="text-sm text-slate-700">
          {t("publicReport.published", { date: day(r.firstPublishedAt ?? latest.publishedAt) })} · {t("publicReport.version", { version: r.version })}
        </p>
        {latest.isCorrection && (
          <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm" data-testid="correction-notice">
            {t("publicReport.corrected", { version: latest.version, date: day(latest.publishedAt), note: latest.correctionNote ?? "" })}
          </p>
        )}
        <p className="flex gap-2 print:hidden">
          <PrintButton label={t("publicReport.print")} />
          <a href={`/api/reports/${r.slug}/pdf`} className="rounded-md bg-brand-800 px-3 py-1.5 font-semibold text-white" download>
            {t("publicReport.pdf")}
          </a>
        </p>
      </header>

      <section aria-labelledby="summary" className="space-y-2">
        <h2 id="summary" className="text-xl font-semibold">
          {t("publicReport.summary")}
        </h2>
        <div className="report-prose" dangerouslySetInnerHTML={{ __html: r.html.summary }} />
        <div className="report-prose" data-testid="report-body" dangerouslySetInnerHTML={{ __html: r.html.body }} />
      </section>

      {r.timeline.length > 0 && (
        <section aria-labelledby="timeline" className="space-y-2">
          <h2 id="timeline" className="text-xl font-semibold">
            {t("publicReport.timeline")}
          </h2>
          <ol className="space-y-1 border-l-2 border-brand-700 pl-4 text-sm">
            {r.timeline.map((e, i) => (
              <li key={i}>
                {/* Entries saved before times were validated may hold free text: shown as written. */}
                <time dateTime={e.at} className="font-medium">
                  {Number.isNaN(Date.parse(e.at)) ? e.at : formatWib(locale, e.at)}
                </time>{" "}
                — {e.text}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="findings" className="space-y-2">
        <h2 id="findings" className="text-xl font-semibold">
          {t("publicReport.findings")}
        </h2>
        <div className="report-prose" dangerouslySetInnerHTML={{ __html: r.html.findings }} />
        {r.maladministrationTypes.length > 0 && (
          <p>
            <span className="font-medium">{t("publicReport.maladministration")}:</span>{" "}
            {r.maladministrationTypes.map((m) => t(`maladministration.${m as "undue_delay"}`)).join(", ")}
          </p>
        )}
      </section>

      {r.evidence && (
        <EvidenceSection
          pack={r.evidence}
          locale={locale}
          downloads={{ csv: `/api/reports/${r.slug}/evidence.csv`, json: `/api/reports/${r.slug}/evidence.json` }}
        />
      )}

      {r.recommendations.length > 0 && (
        <section aria-labelledby="recommendations" className="space-y-3">
          <h2 id="recommendations" className="text-xl font-semibold">
            {t("publicReport.recommendations")}
          </h2>
          {r.recommendations.map((rec) => (
            <Card as="div" padding="sm" className="print:shadow-none" key={rec.ordinal} data-testid="recommendation">
              <h3 className="font-semibold">{t("publicReport.recommendationTo", { ordinal: rec.ordinal, agency: rec.agencyName })}</h3>
              <p className="whitespace-pre-line">{rec.body}</p>
              <p className="mt-1 flex flex-wrap gap-2 text-sm">
                <span>{t("publicReport.due", { date: day(rec.dueAt) })}</span>
                <span className="rounded bg-slate-100 px-2">{t(`recommendationStatus.${rec.status as "pending"}`)}</span>
                {rec.overdue && <span className="rounded bg-red-700 px-2 text-white">{t("publicReport.overdue")}</span>}
              </p>
              {rec.history.length > 0 && (
                <ul className="mt-2 text-sm text-slate-700" aria-label={t("publicReport.history")}>
                  {rec.history.map((h, i) => (
                    <li key={i}>
                      {day(h.at)} — {t(`recommendationStatus.${h.status as "pending"}`)}: {h.note}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </section>
      )}

      {r.incidents.length > 0 && (
        <section aria-labelledby="incidents" className="space-y-1">
          <h2 id="incidents" className="text-xl font-semibold">
            {t("publicReport.incidents")}
          </h2>
          <ul className="list-disc pl-6">
            {r.incidents.map((i) => (
              <li key={i.code}>
                <Link href={`/insiden/${i.code}`} className="underline">
                  {i.code} — {i.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="versions" className="space-y-1 text-sm">
        <h2 id="versions" className="text-base font-semibold">
          {t("publicReport.versions")}
        </h2>
        <ul>
          {r.versions.map((v) => (
            <li key={v.version}>
              {v.isCorrection
                ? t("publicReport.correctionLine", { version: v.version, date: day(v.publishedAt), note: v.correctionNote ?? "" })
                : t("publicReport.versionLine", { version: v.version, date: day(v.publishedAt) })}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
