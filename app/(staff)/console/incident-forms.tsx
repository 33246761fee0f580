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

/** A small staff form's outcome: the server's refusal as one line, and fresh data once it succeeds. */
export function useAfter() {
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

export const Err = ({ error }: { error: string | null }) =>
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
  const update = useMutation(trpc.incident.edit.mutationOptions(options));
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
