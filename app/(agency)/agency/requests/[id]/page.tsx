import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { orPageError } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { AnswerForm } from "./answer-form";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function AgencyRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, t, format, caller] = await Promise.all([params, getTranslations(), getFormatter(), getServerCaller()]);
  const r = await orPageError(caller.clarification.get({ requestId: id }));
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("agency.request", { sequence: r.sequence })}</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded bg-slate-100 px-2 py-0.5">{t(`agency.status.${r.status}`)}</span>
          <span>{t(`agency.methods.${r.method}`)}</span>
          <span className={r.overdue ? "rounded bg-red-700 px-2 py-0.5 text-white" : ""}>{t("agency.due", { date: date(r.dueAt) })}</span>
        </p>
        {r.incident && (
          <p className="text-sm text-slate-700">
            {t("agency.about")}: {r.incident.code} — {r.incident.title} ({r.incident.reportCount})
          </p>
        )}
      </header>
      <Card className="space-y-1">
        <h2 className="font-semibold">{t("agency.questions")}</h2>
        <p className="whitespace-pre-line" data-testid="questions">
          {r.questions}
        </p>
      </Card>
      {r.evidence.length > 0 && (
        <Card className="space-y-2">
          <h2 className="font-semibold">{t("agency.evidence")}</h2>
          <p className="text-sm text-slate-700">{t("agency.evidenceNote")}</p>
          <ul className="space-y-2">
            {r.evidence.map((e, n) => (
              <li key={n} className="rounded bg-slate-50 p-2 text-sm">
                <p className="text-xs text-slate-700">
                  {[t(`categories.${e.category}`), e.serviceName, e.placeName, date(e.occurredAt)].filter(Boolean).join(" · ")}
                </p>
                <p className="whitespace-pre-line">{e.description}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {r.responses.length > 0 && (
        <Card className="space-y-2">
          <h2 className="font-semibold">{t("agency.answers")}</h2>
          {r.responses.map((x) => (
            <div key={x.id} className="text-sm">
              <p className="whitespace-pre-line">
                {date(x.at)} — {x.body}
              </p>
              {x.attachments.length > 0 && (
                <p className="text-slate-700" data-testid="answer-files">
                  📎 {x.attachments.map((a) => a.name).join(", ")}
                </p>
              )}
            </div>
          ))}
        </Card>
      )}
      {r.status !== "withdrawn" && <AnswerForm requestId={r.id} />}
    </article>
  );
}
