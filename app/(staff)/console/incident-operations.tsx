"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { Err, useAfter } from "./incident-forms";

export function IncidentOperations({
  incidentId,
  complaints,
}: {
  incidentId: string;
  complaints: Array<{ id: string; trackingCode: string; excerpt: string }>;
}) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const router = useRouter();
  const { error, options } = useAfter();
  const [target, setTarget] = useState("");
  const [splitTitle, setSplitTitle] = useState("");
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const merge = useMutation(trpc.incident.merge.mutationOptions({ ...options, onSuccess: () => router.push(`/console/incidents/${target}`) }));
  const split = useMutation(trpc.incident.split.mutationOptions({ ...options, onSuccess: (r) => router.push(`/console/incidents/${r.incidentId}`) }));
  const ownMotion = useMutation(
    trpc.incident.openOwnMotion.mutationOptions({ ...options, onSuccess: (r) => router.push(`/console/complaints/${r.complaintId}`) }),
  );
  return (
    <div className="space-y-4">
      <Err error={error} />
      <button
        type="button"
        onClick={() => ownMotion.mutate({ incidentId })}
        className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800"
      >
        {t("ownMotion")}
      </button>
      <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), merge.mutate({ sourceId: incidentId, targetId: target }))}>
        <label className="block text-sm font-medium">
          {t("merge")} — {t("mergeTarget")}
          <input value={target} onChange={(e) => setTarget(e.target.value.trim())} className={`${inputClass} mt-1 font-mono text-xs`} />
        </label>
        <button
          type="submit"
          disabled={!target}
          className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800 disabled:opacity-50"
        >
          {t("merge")}
        </button>
      </form>
      <form
        className="space-y-2"
        onSubmit={(e) => (e.preventDefault(), split.mutate({ incidentId, complaintIds: [...picked], titleId: splitTitle }))}
      >
        <fieldset className="min-w-0 max-h-64 space-y-1 overflow-auto rounded border border-slate-200 p-2 text-sm">
          <legend className="font-medium">{t("split")}</legend>
          {complaints.map((c) => (
            <label key={c.id} className="flex min-w-0 gap-2">
              <input
                type="checkbox"
                checked={picked.has(c.id)}
                onChange={() => setPicked((s) => (s.has(c.id) ? new Set([...s].filter((x) => x !== c.id)) : new Set([...s, c.id])))}
              />
              <span className="whitespace-nowrap font-mono">{c.trackingCode}</span>
              <span className="min-w-0 truncate">{c.excerpt}</span>
            </label>
          ))}
        </fieldset>
        <label className="block text-sm font-medium">
          {t("splitTitle")}
          <input value={splitTitle} onChange={(e) => setSplitTitle(e.target.value)} className={`${inputClass} mt-1`} />
        </label>
        <button
          type="submit"
          disabled={picked.size === 0}
          className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800 disabled:opacity-50"
        >
          {t("split")}
        </button>
      </form>
    </div>
  );
}
