"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { MALADMINISTRATION_TYPES, type MaladministrationType } from "@/server/db/schema/constants";
import { useMutationStatus } from "@/app/_components/form/use-mutation-status";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { TimelineFieldset } from "./timeline-fieldset";

type Draft = RouterOutputs["report"]["get"];

/** The report's text, saved against the version the author loaded ("changed meanwhile" otherwise). */
export function ReportEditor({ report }: { report: Draft }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [form, setForm] = useState(report);
  const [dirty, setDirty] = useState(false);
  const { errors, done: saved, options, changed } = useMutationStatus();
  // A recommendation added beside the editor moves the report's version: with nothing typed here, take the report
  // as it now is; with unsaved text, keep it and let the save answer "changed meanwhile" rather than lose it.
  useEffect(() => {
    if (!dirty && report.version > form.version) setForm(report);
  }, [report, dirty, form.version]);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => (setForm((f) => ({ ...f, [key]: value })), changed(), setDirty(true));
  const save = useMutation(
    trpc.report.update.mutationOptions({
      ...options,
      onSuccess: (r) => (setForm((f) => ({ ...f, version: r.version })), setDirty(false), options.onSuccess()),
    }),
  );
  const chosen = form.maladministrationTypes as MaladministrationType[];
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const { id: reportId, version: expectedVersion, title, summary, bodyMd, findings, timeline } = form;
        save.mutate({ reportId, expectedVersion, title, summary, bodyMd, findings, maladministrationTypes: chosen, timeline });
      }}
    >
      <TextField id="title" label={t("reports.reportTitle")} errors={errors.title} required value={form.title} onChange={set("title")} />
      <TextAreaField id="summary" label={t("reports.summary")} errors={errors.summary} rows={3} value={form.summary} onChange={set("summary")} />
      <TextAreaField
        id="bodyMd"
        label={t("reports.body")}
        hint={t("reports.bodyHint")}
        errors={errors.bodyMd}
        rows={10}
        mono
        value={form.bodyMd}
        onChange={set("bodyMd")}
      />
      <TextAreaField
        id="findings"
        label={t("reports.findings")}
        errors={errors.findings}
        rows={5}
        mono
        value={form.findings}
        onChange={set("findings")}
      />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("reports.maladministration")}</legend>
        {MALADMINISTRATION_TYPES.map((m) => (
          <label key={m} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={chosen.includes(m)}
              onChange={(e) => set("maladministrationTypes")(e.target.checked ? [...chosen, m] : chosen.filter((x) => x !== m))}
            />
            {t(`maladministration.${m}`)}
          </label>
        ))}
      </fieldset>
      <TimelineFieldset entries={form.timeline} errors={errors} onChange={set("timeline")} />
      <FormError errors={errors} />
      {form.status === "published" && (
        <p className="text-sm text-slate-700" data-testid="correction-hint">
          {t("reports.correctionHint")}
        </p>
      )}
      {saved && <p role="status">{t("reports.saved")}</p>}
      {form.status !== "withdrawn" && <Button disabled={save.isPending}>{t("reports.save")}</Button>}
    </form>
  );
}
