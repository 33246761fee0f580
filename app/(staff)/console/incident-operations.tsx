"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useMutationStatus } from "@/app/_components/form/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";

/** What staff do to an incident as a whole: open an own-motion case on it, merge it into another, or split reports off. */
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
  const status = useMutationStatus();
  const ownMotion = useMutation(
    trpc.incident.openOwnMotion.mutationOptions({ ...status.options, onSuccess: (r) => router.push(`/console/complaints/${r.complaintId}`) }),
  );
  return (
    <div className="space-y-4">
      <Button variant="secondary" size="sm" type="button" onClick={() => ownMotion.mutate({ incidentId })}>
        {t("ownMotion")}
      </Button>
      <FormError errors={status.errors} />
      <MergeForm incidentId={incidentId} />
      <SplitForm incidentId={incidentId} complaints={complaints} />
    </div>
  );
}

function MergeForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const router = useRouter();
  const f = useMutationForm({ targetId: "" }, { keepValues: true });
  const targetId = f.values.targetId.trim();
  const merge = useMutation(trpc.incident.merge.mutationOptions({ ...f.options, onSuccess: () => router.push(`/console/incidents/${targetId}`) }));
  return (
    <form className="space-y-2" onSubmit={f.submit(merge, () => ({ sourceId: incidentId, targetId }))}>
      <TextField {...f.field("targetId")} label={`${t("merge")} — ${t("mergeTarget")}`} />
      <FormError errors={f.errors} also={["sourceId"]} />
      <Button variant="secondary" size="sm" disabled={!targetId}>
        {t("merge")}
      </Button>
    </form>
  );
}

function SplitForm({ incidentId, complaints }: { incidentId: string; complaints: Array<{ id: string; trackingCode: string; excerpt: string }> }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const router = useRouter();
  const f = useMutationForm({ titleId: "" }, { keepValues: true });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const split = useMutation(
    trpc.incident.split.mutationOptions({ ...f.options, onSuccess: (r) => router.push(`/console/incidents/${r.incidentId}`) }),
  );
  const toggle = (id: string) => setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <form className="space-y-2" onSubmit={f.submit(split, (v) => ({ incidentId, complaintIds: [...picked], ...v }))}>
      <fieldset className="min-w-0 max-h-64 space-y-1 overflow-auto rounded border border-slate-200 p-2 text-sm">
        <legend className="font-medium">{t("split")}</legend>
        {complaints.map((c) => (
          <label key={c.id} className="flex min-w-0 gap-2">
            <input type="checkbox" checked={picked.has(c.id)} onChange={() => toggle(c.id)} />
            <span className="whitespace-nowrap font-mono">{c.trackingCode}</span>
            <span className="min-w-0 truncate">{c.excerpt}</span>
          </label>
        ))}
      </fieldset>
      <TextField {...f.field("titleId")} label={t("splitTitle")} />
      <FormError errors={f.errors} also={["complaintIds"]} />
      <Button variant="secondary" size="sm" disabled={picked.size === 0}>
        {t("split")}
      </Button>
    </form>
  );
}
