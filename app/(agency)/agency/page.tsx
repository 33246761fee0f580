import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orPageError } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { CorrectiveActionForm, ProgressForm } from "./follow-up-forms";
import { StatementForm } from "./statement-form";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agency");
  return { title: t("title"), robots: { index: false } };
}

export default async function AgencyInboxPage() {
  const [t, format, caller] = await Promise.all([getTranslations(), getFormatter(), getServerCaller()]);
  const [inbox, own, recs, actions] = await orPageError(
    Promise.all([caller.clarification.inbox(), caller.clarification.agencyIncidents(), caller.recommendation.mine(), caller.correctiveAction.mine()]),
  );
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("agency.title")}</h1>
        <p className="text-slate-700">{t("agency.lead")}</p>
      </header>
      {inbox.length === 0 ? (
        <p>{t("agency.empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="agency-inbox">
          {inbox.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-3 shadow-sm">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={`/agency/requests/${r.id}`} className="font-semibold text-brand-800 underline" data-testid="request-subject">
                  {r.incidentCode
                    ? `${r.incidentCode} — ${r.incidentTitle}`
                    : [
                        r.complaintCategory && t(`categories.${r.complaintCategory as "other"}`),
                        r.complaintService,
                        r.complaintPlace,
                        r.complaintOccurredAt && date(r.complaintOccurredAt),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                </Link>
                <span>{t("agency.request", { sequence: r.sequence })}</span>
                <span className="rounded bg-slate-100 px-2 py-0.5">{t(`agency.status.${r.status}`)}</span>
                <span className={r.overdue ? "rounded bg-red-700 px-2 py-0.5 text-white" : ""}>
                  {r.overdue ? `${t("agency.overdue")} · ` : ""}
                  {t("agency.due", { date: date(r.dueAt) })}
                </span>
              </p>
              <p className="truncate text-sm">{r.questions}</p>
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">{t("agency.incidents")}</h2>
          {own.map((i) => (
            <Card as="div" padding="sm" className="space-y-2" key={i.id}>
              <p className="font-medium">
                <Link href={`/insiden/${i.code}`} className="underline">
                  {i.code} — {i.title}
                </Link>{" "}
                · {t(`incidentPublicStatus.${i.status}`)}
              </p>
              <StatementForm incidentId={i.id} />
              <CorrectiveActionForm incidentId={i.id} />
            </Card>
          ))}
        </section>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("agency.recommendations")}</h2>
        {recs.length === 0 ? (
          <p>{t("agency.noRecommendations")}</p>
        ) : (
          <ul className="space-y-2" data-testid="agency-recommendations">
            {recs.map((r) => (
              <li key={r.id} className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Link href={`/laporan/${r.reportSlug}`} className="underline">
                    {r.reportTitle}
                  </Link>
                  <span>#{r.ordinal}</span>
                  <span className="rounded bg-slate-100 px-2 py-0.5">{t(`recommendationStatus.${r.status}`)}</span>
                  <span className={r.overdue ? "rounded bg-red-700 px-2 py-0.5 text-white" : ""}>
                    {r.overdue ? `${t("agency.overdue")} · ` : ""}
                    {t("agency.due", { date: date(r.dueAt) })}
                  </span>
                </p>
                <p className="whitespace-pre-line">{r.body}</p>
                {r.history.length > 0 && (
                  <ul className="border-l-2 border-slate-300 pl-2 text-sm">
                    {r.history.map((h, i) => (
                      <li key={i}>
                        {date(h.at)} · {t(`recommendationStatus.${h.toStatus}`)} · {h.agencyEvidence ?? h.decisionNote}
                      </li>
                    ))}
                  </ul>
                )}
                {r.status !== "implemented" && r.status !== "not_implemented" && <ProgressForm recommendationId={r.id} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("agency.correctiveTitle")}</h2>
        <p className="text-sm text-slate-700">{t("agency.correctiveLead")}</p>
        {actions.length === 0 ? (
          <p>{t("agency.correctiveNone")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="corrective-actions">
            {actions.map((a) => (
              <li key={a.id} className="rounded bg-white p-2 shadow-sm">
                {date(a.takenAt)} · {a.incidentCode ?? ""} — {a.description}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
