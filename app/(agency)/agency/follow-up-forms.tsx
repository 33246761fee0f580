"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { useMutationStatus } from "@/app/_components/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";
import { wibInstant } from "@/server/i18n/jakarta-time";

const button = "rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800";

/** The agency reports how it carried out a recommendation, with its evidence; the Ombudsman decides the status. */
export function ProgressForm({ recommendationId }: { recommendationId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const [evidence, setEvidence] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const status = useMutationStatus(() => (setEvidence(""), setFiles([])));
  const send = useMutation(trpc.recommendation.reportProgress.mutationOptions(status.options));
  const id = `progress-${recommendationId}`;
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), send.mutate(toMultipart({ recommendationId, evidence }, files)))}>
      <Field id={id} label={t("progress")} errors={status.errors.evidence ?? status.errors._form}>
        {(d, invalid) => (
          <textarea
            id={id}
            rows={3}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <FilesField id={`${id}-files`} errors={status.errors} onChange={setFiles} />
      {status.done && (
        <p role="status" className="text-sm">
          {t("progressSent")}
        </p>
      )}
      <button type="submit" disabled={send.isPending} className={button}>
        {t("sendProgress")}
      </button>
    </form>
  );
}

export function CorrectiveActionForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const [description, setDescription] = useState("");
  const [takenAt, setTakenAt] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const status = useMutationStatus(() => (setDescription(""), setFiles([])));
  const report = useMutation(trpc.correctiveAction.report.mutationOptions(status.options));
  const id = `corrective-${incidentId}`;
  const submit = () =>
    report.mutate(toMultipart({ incidentId, description, takenAt: takenAt ? wibInstant(`${takenAt}T12:00`).toISOString() : undefined }, files));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), submit())}>
      <Field id={id} label={t("correctiveDescription")} errors={status.errors.description ?? status.errors._form}>
        {(d, invalid) => (
          <textarea
            id={id}
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${id}-at`} label={t("correctiveTakenAt")} errors={status.errors.takenAt}>
        {(d, invalid) => (
          <input
            id={`${id}-at`}
            type="date"
            value={takenAt}
            onChange={(e) => setTakenAt(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <FilesField id={`${id}-files`} errors={status.errors} onChange={setFiles} />
      {status.done && (
        <p role="status" className="text-sm">
          {t("correctiveSent")}
        </p>
      )}
      <button type="submit" disabled={report.isPending} className={button}>
        {t("correctiveSubmit")}
      </button>
    </form>
  );
}
