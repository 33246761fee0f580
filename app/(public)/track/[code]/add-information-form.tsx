"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { isRetryable } from "@/app/_components/field-errors";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { useTRPC } from "@/app/_trpc/client";
import { addInformationForm } from "./actions";
import { Button } from "@/app/_components/form/button";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";

/**
 * The reporter's answer to a request for more information. A plain form posted to a server action when no
 * script runs; with scripts, sent through the API with retries and answered in place.
 */
export function AddInformationForm({ code, idempotencyKey, permalink }: { code: string; idempotencyKey: string; permalink: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [posted, postWithoutScripts] = useActionState(addInformationForm, null, permalink);
  const f = useMutationForm({ body: posted?.body ?? "" }, { keepValues: true, errors: posted?.fieldErrors });
  const [files, setFiles] = useState<File[]>([]);
  const send = useMutation(trpc.complaint.addInformation.mutationOptions({ ...f.options, retry: (n, error) => n < 3 && isRetryable(error) }));
  if (send.isSuccess)
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3">
        {t("track.addInfoDone")}
      </p>
    );
  const formError = f.errors._form?.join(" ") ?? posted?.formError;
  return (
    <form action={postWithoutScripts} className="space-y-3" onSubmit={f.submit(send, (v) => toMultipart({ code, idempotencyKey, ...v }, files))}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
          {posted && posted.filesDropped > 0 && ` ${t("report.filesAgain", { count: posted.filesDropped })}`}
        </p>
      )}
      <TextAreaField {...f.field("body")} id="info-body" label={t("track.addInfoBody")} required rows={4} />
      <FilesField id="info-files" errors={f.errors} onChange={setFiles} />
      <Button disabled={send.isPending}>{send.isPending ? t("report.submitting") : t("track.addInfoSubmit")}</Button>
    </form>
  );
}
