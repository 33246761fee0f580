import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttachmentLinks } from "@/app/_components/attachment-links";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { DecideRecommendationForm } from "./recommendation-forms";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title"), robots: { index: false } };
}

export default async function ReportsPage() {
  await requireRole(STAFF_ROLES);
  const [t, format, caller] = await Promise.all([getTranslations(), getFormatter(), getServerCaller()]);
  const [reports, recs] = await Promise.all([caller.report.list(), caller.recommendation.list()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("reports.title")}</h1>
        <p className="text-slate-700">{t("reports.lead")}</p>
      </header>
      {reports.length === 0 ? (
        <p>{t("reports.none")}</p>
      ) : (
        <ul className="space-y-2" data-testid="report-list">
          {reports.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2 rounded-lg bg-white p-3 shadow-sm">
              <Link href={`/console/reports/${r.id}`} className="font-semibold text-brand-800 underline">
                {r.title}
              </Link>
              <span className="rounded bg-slate-100 px-2 text-sm">{t(`reports.status.${r.status}`)}</span>
              <span className="text-sm text-slate-700">{day(r.updatedAt)}</span>
              {r.publishedVersion > 0 && (
                <Link href={`/laporan/${r.slug}`} className="text-sm underline">
                  {t("reports.publicLink")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("reports.followUp")}</h2>
        {recs.length === 0 ? (
          <p>{t("reports.noRecommendations")}</p>
        ) : (
          recs.map((r) => (
            <Card as="div" padding="sm" className="space-y-2" key={r.id} data-testid="follow-up">
              <p className="text-sm">
                <Link href={`/laporan/${r.reportSlug}`} className="underline">
                  {r.reportTitle}
                </Link>{" "}
                · #{r.ordinal} · {r.agencyName} · <span className="rounded bg-slate-100 px-2">{t(`recommendationStatus.${r.status}`)}</span>{" "}
                <span className={r.overdue ? "rounded bg-red-700 px-2 text-white" : ""}>
                  {r.overdue ? `${t("publicReport.overdue")} · ` : ""}
                  {t("publicReport.due", { date: day(r.dueAt) })}
                </span>
              </p>
              <p className="whitespace-pre-line">{r.body}</p>
              {r.history.length > 0 && (
                <ul className="space-y-1 border-l-2 border-slate-300 pl-2 text-sm">
                  {r.history.map((h, i) => (
                    <li key={i}>
                      {day(h.at)} · {h.actorName} · {t(`recommendationStatus.${h.toStatus}`)}
                      {h.agencyEvidence && (
                        <span className="block whitespace-pre-line">
                          {t("reports.evidence")}: {h.agencyEvidence}
                        </span>
                      )}
                      {h.decisionNote && <span className="block">{h.decisionNote}</span>}
                      <AttachmentLinks files={h.attachments} />
                    </li>
                  ))}
                </ul>
              )}
              <DecideRecommendationForm recommendationId={r.id} version={r.version} status={r.status} />
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
