import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/server/db/schema/constants";
import { EvidenceSection } from "@/app/_components/evidence/evidence-section";
import { EvidencePartsForm } from "@/app/(staff)/console/reports/evidence-parts-form";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { AddRecommendationForm } from "@/app/(staff)/console/reports/recommendation-forms";
import { ReportActions } from "@/app/(staff)/console/reports/report-actions";
import { ReportEditor } from "@/app/(staff)/console/reports/report-editor";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function ReportEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole(STAFF_ROLES);
  const [{ id }, t, format, caller, locale] = await Promise.all([
    params,
    getTranslations(),
    getFormatter(),
    getServerCaller(),
    getLocale() as Promise<Locale>,
  ]);
  const report = await orNull(caller.report.get({ reportId: id }));
  if (!report) notFound();
  const agencies = (await caller.catalog.agencies()).map((a) => ({ id: a.id, name: a.name.id }));
  const draftable = report.status === "draft" || report.status === "in_review";
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="min-w-0 space-y-4 lg:col-span-2">
        <header className="space-y-1">
          <p className="flex flex-wrap gap-2 text-sm">
            <span className="rounded bg-slate-200 px-2" data-testid="report-status">
              {t(`reports.status.${report.status}`)}
            </span>
            {report.incidents.map((i) => (
              <Link key={i.id} href={`/console/incidents/${i.id}`} className="font-mono underline">
                {i.code}
              </Link>
            ))}
            {report.publishedVersion > 0 && (
              <Link href={`/laporan/${report.slug}`} className="underline" data-testid="public-link">
                {t("reports.publicLink")}
              </Link>
            )}
          </p>
          <h1 className="text-2xl font-bold">{report.title}</h1>
        </header>
        <Card>
          {/* A new editor when the report is submitted or published (each moves its version): it then holds that version,
              not the one it was opened at. A save keeps the editor, which takes its new version from the answer. */}
          <ReportEditor key={`${report.status}:${report.publishedVersion}`} report={report} />
        </Card>
        <Card className="space-y-4">
          <EvidencePartsForm key={report.version} reportId={report.id} version={report.version} parts={report.evidenceParts} />
          <EvidenceSection pack={report.evidence} locale={locale} />
        </Card>
      </div>
      <div className="min-w-0 space-y-4">
        <Card className="space-y-2">
          <ReportActions
            reportId={report.id}
            version={report.version}
            status={report.status}
            publishedVersion={report.publishedVersion}
            isAdmin={me.role === "admin"}
          />
        </Card>
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">{t("reports.recommendations")}</h2>
          <ol className="space-y-2 text-sm" data-testid="recommendations">
            {report.recommendations.map((r) => (
              <li key={r.id}>
                <p className="font-medium">
                  #{r.ordinal} · {r.agencyName} · {t("publicReport.due", { date: format.dateTime(r.dueAt, { dateStyle: "medium" }) })}
                </p>
                <p className="whitespace-pre-line">{r.body}</p>
              </li>
            ))}
          </ol>
          {draftable && <AddRecommendationForm reportId={report.id} agencies={agencies} />}
        </Card>
      </div>
    </div>
  );
}
