"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { wibInstant } from "@/server/i18n/jakarta-time";

/** A follow-up's text, and the documents that go with it (cleared with the text once the Ombudsman has them). */
function useFollowUpForm<V extends Record<string, string>>(initial: V) {
  const f = useMutationForm(initial);
  const [files, setFiles] = useState<File[]>([]);
  const options = { ...f.options, onSuccess: () => (f.options.onSuccess(), setFiles([])) };
  return { f, files, setFiles, options };
}

/** The agency reports how it carried out a recommendation, with its evidence; the Ombudsman decides the status. */
export function ProgressForm({ recommendationId }: { recommendationId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const { f, files, setFiles, options } = useFollowUpForm({ evidence: "" });
  const send = useMutation(trpc.recommendation.reportProgress.mutationOptions(options));
  const id = `progress-${recommendationId}`;
  return (
    <form className="space-y-2" onSubmit={f.submit(send, (v) => toMultipart({ recommendationId, ...v }, files))}>
      <TextAreaField {...f.field("evidence")} id={id} label={t("progress")} rows={3} />
      <FilesField id={`${id}-files`} errors={f.errors} onChange={setFiles} />
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("progressSent")} />
      <Button variant="secondary" size="sm" disabled={send.isPending}>
        {t("sendProgress")}
      </Button>
    </form>
  );
}

export function CorrectiveActionForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const { f, files, setFiles, options } = useFollowUpForm({ description: "", takenAt: "" });
  const report = useMutation(trpc.correctiveAction.report.mutationOptions(options));
  const id = `corrective-${incidentId}`;
  return (
    <form
      className="space-y-2"
      onSubmit={f.submit(report, (v) =>
        toMultipart(
          { incidentId, description: v.description, takenAt: v.takenAt ? wibInstant(`${v.takenAt}T12:00`).toISOString() : undefined },
          files,
        ),
      )}
    >
      <TextAreaField {...f.field("description")} id={id} label={t("correctiveDescription")} rows={2} />
      <TextField {...f.field("takenAt")} id={`${id}-at`} label={t("correctiveTakenAt")} type="date" />
      <FilesField id={`${id}-files`} errors={f.errors} onChange={setFiles} />
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("correctiveSent")} />
      <Button variant="secondary" size="sm" disabled={report.isPending}>
        {t("correctiveSubmit")}
      </Button>
    </form>
  );
}
