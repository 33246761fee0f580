"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { useMutationStatus } from "@/app/_components/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";

/** The agency's answer: text and up to five documents (PDF or images), sent as one multipart form. */
export function AnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const status = useMutationStatus(() => (setBody(""), setFiles([])));
  const answer = useMutation(trpc.clarification.answer.mutationOptions(status.options));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), answer.mutate(toMultipart({ requestId, body }, files)))}>
      <Field id="answer" label={t("agency.answer")} errors={status.errors.body}>
        {(d, invalid) => (
          <textarea
            id="answer"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={6}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <FilesField id="answer-files" errors={status.errors} onChange={setFiles} />
      <FormError errors={status.errors} />
      {status.done && <p role="status">{t("agency.answered")}</p>}
      <Button disabled={answer.isPending}>{t("agency.sendAnswer")}</Button>
    </form>
  );
}
