"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { INCIDENT_PUBLIC_STATUSES, SEVERITIES } from "@/server/db/schema/constants";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { errorLineOf } from "@/app/_components/field-errors";
import { Button } from "@/app/_components/form/button";

function useAfter() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    options: {
      onSuccess: () => (setError(null), router.refresh()),
      onError: (e: unknown) => {
        setError(errorLineOf(e));
      },
    },
  };
}

const Err = ({ error }: { error: string | null }) =>
  error ? (
    <p role="alert" className="text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;

type Severity = (typeof SEVERITIES)[number];

function SeveritySelect({ value, onChange }: { value: Severity; onChange: (severity: Severity) => void }) {
  const t = useTranslations("console");
  return (
    <label className="block text-sm font-medium">
      {t("severity")}
      <select name="severity" value={value} onChange={(e) => onChange(e.target.value as Severity)} className={`${inputClass} mt-1`}>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`severities.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ConfirmIncidentForm({
  incidentId,
  version,
  titleId,
  titleEn,
}: {
  incidentId: string;
  version: number;
  titleId: string;
  titleEn: string;
}) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const { error, options } = useAfter();
  const confirm = useMutation(trpc.incident.confirm.mutationOptions(options));
  const [form, setForm] = useState({ titleId, titleEn, severity: "major" as Severity });
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), confirm.mutate({ incidentId, expectedVersion: version, ...form }))}>
      <Err error={error} />
      <label className="block text-sm font-medium">
        {t("titleId")}
        <input value={form.titleId} onChange={(e) => setForm({ ...form, titleId: e.target.value })} className={`${inputClass} mt-1`} />
      </label>
      <label className="block text-sm font-medium">
        {t("titleEn")}
        <input value={form.titleEn} onChange={(e) => setForm({ ...form, titleEn: e.target.value })} className={`${inputClass} mt-1`} />
      </label>
      <SeveritySelect value={form.severity} onChange={(severity) => setForm({ ...form, severity })} />
      <Button>{t("confirm")}</Button>
    </form>
  );
}

/** The severity of a confirmed incident, changed as it turns out worse or milder (the banner follows "major" and "critical"). */
export function SeverityForm({ incidentId, version, severity }: { incidentId: string; version: number; severity: Severity }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const { error, options } = useAfter();
  const update = useMutation(trpc.incident.update.mutationOptions(options));
  const [value, setValue] = useState(severity);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => (e.preventDefault(), update.mutate({ incidentId, expectedVersion: version, severity: value }))}
    >
      <Err error={error} />
      <SeveritySelect value={value} onChange={setValue} />
      <button
        type="submit"
        disabled={update.isPending || value === severity}
        className="rounded-md border border-brand-800 px-4 py-2.5 font-semibold text-brand-800 disabled:opacity-60"
      >
        {t("severityChange")}
      </button>
    </form>
  );
}

export function PostUpdateForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const { error, options } = useAfter();
  const [status, setStatus] = useState<(typeof INCIDENT_PUBLIC_STATUSES)[number]>("identified");
  const [body, setBody] = useState("");
  const [language, setLanguage] = useState<"id" | "en">("id");
  const post = useMutation(trpc.incident.postUpdate.mutationOptions({ ...options, onSuccess: () => (setBody(""), options.onSuccess()) }));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), post.mutate({ incidentId, status, body, language }))}>
      <Err error={error} />
      <label className="block text-sm font-medium">
        {t("console.publicStatus")}
        <select name="status" value={status} onChange={(e) => setStatus(e.target.value as "identified")} className={`${inputClass} mt-1`}>
          {INCIDENT_PUBLIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`incidentPublicStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("console.updateBody")}
        <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={3} className={`${inputClass} mt-1`} />
      </label>
      <label className="block text-sm font-medium">
        {t("console.updateLanguage")}
        <select value={language} onChange={(e) => setLanguage(e.target.value as "id")} className={`${inputClass} mt-1`}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      <Button>{t("console.postUpdate")}</Button>
    </form>
  );
}

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
