"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "../../_components/field";
import { fieldErrorsOf, type FieldErrors } from "../../_components/field-errors";
import { FilesField, toMultipart } from "../../_components/files-field";
import { useTRPC } from "../../_trpc/client";

const button = "rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800";

/** The agency reports how it carried out a recommendation, with its evidence; the Ombudsman decides the status. */
export function ProgressForm({ recommendationId }: { recommendationId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const router = useRouter();
  const [evidence, setEvidence] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const send = useMutation(
    trpc.recommendation.reportProgress.mutationOptions({
      onSuccess: () => (setEvidence(""), setFiles([]), setErrors({}), setDone(true), router.refresh()),
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  const id = `progress-${recommendationId}`;
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), send.mutate(toMultipart({ recommendationId, evidence }, files)))}>
      <Field id={id} label={t("progress")} errors={errors.evidence ?? errors._form}>
        {(d, invalid) => <textarea id={id} rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <FilesField id={`${id}-files`} errors={errors} onChange={setFiles} />
      {done && <p role="status" className="text-sm">{t("progressSent")}</p>}
      <button type="submit" disabled={send.isPending} className={button}>{t("sendProgress")}</button>
    </form>
  );
}

export function CorrectiveActionForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const router = useRouter();
  const [description, setDescription] = useState("");
  const [takenAt, setTakenAt] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const report = useMutation(
    trpc.correctiveAction.report.mutationOptions({
      onSuccess: () => (setDescription(""), setFiles([]), setErrors({}), setDone(true), router.refresh()),
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  const id = `corrective-${incidentId}`;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => (e.preventDefault(), report.mutate(toMultipart({ incidentId, description, takenAt: takenAt ? `${takenAt}T12:00:00+07:00` : undefined }, files)))}
    >
      <Field id={id} label={t("correctiveDescription")} errors={errors.description ?? errors._form}>
        {(d, invalid) => <textarea id={id} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field id={`${id}-at`} label={t("correctiveTakenAt")} errors={errors.takenAt}>
        {(d, invalid) => <input id={`${id}-at`} type="date" value={takenAt} onChange={(e) => setTakenAt(e.target.value)} aria-describedby={d} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <FilesField id={`${id}-files`} errors={errors} onChange={setFiles} />
      {done && <p role="status" className="text-sm">{t("correctiveSent")}</p>}
      <button type="submit" disabled={report.isPending} className={button}>{t("correctiveSubmit")}</button>
    </form>
  );
}
