"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { COMPLAINT_STAGES, INCIDENT_STATES } from "@/server/db/schema/constants";
import { CountTable } from "@/app/_components/count-table";
import { RatingSummary } from "@/app/_components/rating-summary";
import { StatCard } from "@/app/_components/stat-card";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { Card } from "@/app/_components/form/card";

export function DashboardView() {
  const trpc = useTRPC();
  const t = useTranslations();
  const format = useFormatter();
  const { data, refetch, isFetching } = useSuspenseQuery(trpc.stats.dashboard.queryOptions());
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatCard label={t("dashboard.total")} value={data.total} testId="dashboard-total" />
        <StatCard label={t("dashboard.open")} value={data.open} />
        <StatCard label={t("dashboard.overdue")} value={data.overdue} />
        <StatCard label={t("console.openIncidents")} value={data.openIncidents} />
      </dl>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/console?assignee=me&sort=due" className="text-brand-800 underline">
          {t("console.mine")}
        </Link>
        <Link href="/console?deadline=overdue&sort=due" className="text-brand-800 underline">
          {t("console.overdue")}
        </Link>
        <Link href="/console?deadline=due_soon&sort=due" className="text-brand-800 underline">
          {t("console.dueSoon")}
        </Link>
      </p>

      <div className="grid gap-6 md:grid-cols-2">
        <CountTable
          caption={t("dashboard.byStage")}
          labelHeader={t("dashboard.stage")}
          countHeader={t("dashboard.count")}
          rows={COMPLAINT_STAGES.map((stage) => ({ key: stage, label: t(`stages.${stage}`), count: data.byStage[stage] }))}
          testIdPrefix="stage"
        />
        <CountTable
          caption={t("dashboard.incidents")}
          labelHeader={t("dashboard.state")}
          countHeader={t("dashboard.count")}
          rows={INCIDENT_STATES.map((state) => ({ key: state, label: t(`incidentStates.${state}`), count: data.incidentsByState[state] }))}
        />
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Card padding="sm" className="space-y-2" data-testid="surge-alerts">
          <h2 className="text-lg font-semibold">{t("console.surgeAlerts")}</h2>
          {data.surgeAlerts.length === 0 ? (
            <p className="text-sm">{t("console.noSurge")}</p>
          ) : (
            <ul className="space-y-1">
              {data.surgeAlerts.map((a) => (
                <li key={a.id}>
                  <Link href={`/console/incidents/${a.id}`} className="text-brand-800 underline">
                    {a.code} — {a.title}
                  </Link>{" "}
                  <span className="text-sm text-slate-700">({a.reportCount})</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <CountTable
          caption={t("console.workload")}
          labelHeader={t("console.assignee")}
          countHeader={t("console.openCases")}
          rows={data.workload.map((w) => ({ key: w.userId, label: w.name, count: w.open }))}
        />
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Card padding="sm" className="space-y-2" data-testid="low-ratings">
          <h2 className="text-lg font-semibold">{t("rating.lowTitle")}</h2>
          {data.lowRatings.length === 0 ? (
            <p className="text-sm">{t("rating.lowNone")}</p>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t("rating.lowLead")}</p>
              <ul className="space-y-1">
                {data.lowRatings.map((r) => (
                  <li key={r.complaintId}>
                    <Link href={`/console/complaints/${r.complaintId}`} className="text-brand-800 underline">
                      {t("rating.lowItem", { code: r.trackingCode, score: r.score })}
                    </Link>
                    <span className="text-sm text-slate-700">
                      {" "}
                      · {format.dateTime(r.ratedAt, { dateStyle: "medium" })}
                      {r.hasComment && ` · ${t("rating.withComment")}`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <RatingSummary rating={data.rating} testId="dashboard-rating" />
      </div>

      <div className="flex items-center gap-3 text-sm text-slate-700">
        <Button type="button" onClick={() => void refetch()} disabled={isFetching}>
          {t("dashboard.refresh")}
        </Button>
        <span aria-live="polite">{t("dashboard.updatedAt", { time: format.dateTime(data.generatedAt, { timeStyle: "medium" }) })}</span>
      </div>
    </div>
  );
}
