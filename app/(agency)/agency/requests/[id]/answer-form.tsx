"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { FormStatus } from "@/app/_components/form/form-status";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

/** The agency's answer: text and up to five documents (PDF or images), sent as one multipart form. */
export function AnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm({ body: "" });
  const [files, setFiles] = useState<File[]>([]);
  const answer = useMutation(trpc.clarification.answer.mutationOptions({ ...f.options, onSuccess: () => (f.options.onSuccess(), setFiles([])) }));
  return (
    <form className="space-y-2" onSubmit={f.submit(answer, (v) => toMultipart({ requestId, ...v }, files))}>
      <TextAreaField {...f.field("body")} id="answer" label={t("agency.answer")} rows={6} />
      <FilesField id="answer-files" errors={f.errors} onChange={setFiles} />
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("agency.answered")} />
      <Button disabled={answer.isPending}>{t("agency.sendAnswer")}</Button>
    </form>
  );
}
