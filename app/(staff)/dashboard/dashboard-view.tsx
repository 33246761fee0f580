"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { COMPLAINT_STAGES, INCIDENT_STATES } from "@/server/db/schema/constants";
import { StatCard } from "../../_components/stat-card";
import { useTRPC } from "../../_trpc/client";

export function DashboardView() {
  const trpc = useTRPC();
  const t = useTranslations();
  const format = useFormatter();
  const { data, refetch, isFetching } = useSuspenseQuery(trpc.stats.dashboard.queryOptions());
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatCard label={t("dashboard.total")} value={data.total} testId="dashboard-total" />
        <StatCard label={t("dashboard.open")} value={data.open} />
        <StatCard label={t("dashboard.overdue")} value={data.overdue} />
      </dl>

      <div className="grid gap-6 md:grid-cols-2">
        <table className="w-full border-collapse rounded-lg bg-white text-left shadow-sm">
          <caption className="p-3 text-left text-lg font-semibold">{t("dashboard.byStage")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-sm text-slate-700">
              <th scope="col" className="p-3">{t("dashboard.stage")}</th>
              <th scope="col" className="p-3 text-right">{t("dashboard.count")}</th>
            </tr>
          </thead>
          <tbody>
            {COMPLAINT_STAGES.map((stage) => (
              <tr key={stage} className="border-b border-slate-100">
                <th scope="row" className="p-3 font-normal">{t(`stages.${stage}`)}</th>
                <td className="p-3 text-right tabular-nums" data-testid={`stage-${stage}`}>{data.byStage[stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="w-full border-collapse self-start rounded-lg bg-white text-left shadow-sm">
          <caption className="p-3 text-left text-lg font-semibold">{t("dashboard.incidents")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-sm text-slate-700">
              <th scope="col" className="p-3">{t("dashboard.state")}</th>
              <th scope="col" className="p-3 text-right">{t("dashboard.count")}</th>
            </tr>
          </thead>
          <tbody>
            {INCIDENT_STATES.map((state) => (
              <tr key={state} className="border-b border-slate-100">
                <th scope="row" className="p-3 font-normal">{t(`incidentStates.${state}`)}</th>
                <td className="p-3 text-right tabular-nums">{data.incidentsByState[state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="flex items-center gap-3 text-sm text-slate-700">
        <button
          type="button"
          onClick={() => void refetch()}
          disabled={isFetching}
          className="rounded-md bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {t("dashboard.refresh")}
        </button>
        <span aria-live="polite">
          {t("dashboard.updatedAt", { time: format.dateTime(data.generatedAt, { timeStyle: "medium" }) })}
        </span>
      </div>
    </div>
  );
}
