"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PRIORITIES, type Priority } from "@/server/db/schema/constants";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { Button } from "@/app/_components/form/button";
import { errorLineOf } from "@/app/_components/field-errors";

/** A queue row with its dates already formatted on the server. */
export type QueueItem = RouterOutputs["complaint"]["queue"]["items"][number] & { createdLabel: string; dueLabel: string };

export function QueueList({ items, staff }: { items: QueueItem[]; staff: Array<{ id: string; name: string }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [priority, setPriority] = useState<Priority>("high");
  const [incidentId, setIncidentId] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const after = {
    onSuccess: () => (setStatus(t("console.done")), setSelected(new Set()), router.refresh()),
    // The server's translated refusal (a closed case, an unknown incident), never the bare error message.
    onError: (e: unknown) => setStatus(errorLineOf(e)),
  };
  const assign = useMutation(trpc.complaint.assign.mutationOptions(after));
  const setPrio = useMutation(trpc.complaint.setPriority.mutationOptions(after));
  const link = useMutation(trpc.complaint.linkIncident.mutationOptions(after));
  const ids = [...selected];
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-live="polite">
        <span className="font-medium">{t("console.selected", { count: ids.length })}</span>
        <label>
          {t("console.assignTo")}{" "}
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("console.assignNobody")}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <Button size="sm" type="button" disabled={!ids.length} onClick={() => assign.mutate({ complaintIds: ids, assigneeId: assignee || null })}>
          {t("console.assign")}
        </Button>
        <label>
          {t("console.setPriority")}{" "}
          <select
            value={priority}
            onChange={(e) => setPriority(PRIORITIES.find((p) => p === e.target.value) ?? "high")}
            className="rounded border border-slate-400 px-2 py-1"
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`console.priorities.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <Button size="sm" type="button" disabled={!ids.length} onClick={() => setPrio.mutate({ complaintIds: ids, priority })}>
          {t("console.applyPriority")}
        </Button>
        <label>
          {t("console.linkTo")}{" "}
          <input
            value={incidentId}
            onChange={(e) => setIncidentId(e.target.value.trim())}
            className="w-72 rounded border border-slate-400 px-2 py-1 font-mono text-xs"
          />
        </label>
        <Button size="sm" type="button" disabled={!ids.length || !incidentId} onClick={() => link.mutate({ complaintIds: ids, incidentId })}>
          {t("console.link")}
        </Button>
        {status && <span role="status">{status}</span>}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={ids.length === items.length}
          onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
        />
        {t("console.selectAll")}
      </label>
      <ul className="space-y-2" data-testid="queue">
        {items.map((i) => (
          <li key={i.id} className="flex gap-3 rounded-lg bg-white p-3 shadow-sm">
            <input
              type="checkbox"
              checked={selected.has(i.id)}
              onChange={() => toggle(i.id)}
              aria-label={t("console.select", { code: i.trackingCode })}
              className="mt-1 h-5 w-5"
            />
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={`/console/complaints/${i.id}`} className="font-mono font-semibold text-brand-800 underline">
                  {i.trackingCode}
                </Link>
                <span className="rounded bg-slate-100 px-2 py-0.5">{t(`stages.${i.stage as "received"}`)}</span>
                <span>{t(`categories.${i.category as "other"}`)}</span>
                {i.channel !== "web" && (
                  <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900" data-testid="channel">
                    {t(`channels.${i.channel}`)}
                  </span>
                )}
                {i.priority !== "normal" && (
                  <span className="rounded bg-amber-100 px-2 py-0.5">{t(`console.priorities.${i.priority as "high"}`)}</span>
                )}
                {i.rapidResponse && <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">{t("console.rapid")}</span>}
                <span
                  className={
                    i.overdue ? "rounded bg-red-700 px-2 py-0.5 text-white" : i.dueSoon ? "rounded bg-amber-200 px-2 py-0.5" : "text-slate-700"
                  }
                >
                  {i.overdue ? `${t("console.overdue")} · ` : ""}
                  {i.dueLabel}
                </span>
                {i.incidentCode && (
                  <Link href={`/console/incidents/${i.incidentId}`} className="rounded bg-brand-50 px-2 py-0.5 text-brand-800 underline">
                    {i.incidentCode}
                  </Link>
                )}
                {!i.incidentCode && i.suggestedIncidentId && <span className="rounded bg-sky-100 px-2 py-0.5">{t("console.suggested")}</span>}
              </div>
              <p className="truncate text-sm text-slate-800">{i.excerpt}</p>
              <p className="text-xs text-slate-700">{[i.serviceName, i.placeName, i.createdLabel, i.assigneeName].filter(Boolean).join(" · ")}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
