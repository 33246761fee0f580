"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { COMPLAINT_STAGES, INCIDENT_STATES } from "@/server/db/schema/constants";
import { CountTable } from "../../_components/count-table";
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
