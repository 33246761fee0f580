"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { isRetryable, serverFieldErrors, type FieldErrors } from "@/app/_components/field-errors";
import { FilesField, toMultipart } from "@/app/_components/files-field";
import { useTRPC } from "@/app/_trpc/client";
import { addInformationForm } from "./actions";
import { Button } from "@/app/_components/form/button";
import { TextAreaField } from "@/app/_components/form/text-field";

/**
 * The reporter's answer to a request for more information. A plain form posted to a server action when no
 * script runs; with scripts, sent through the API with retries and answered in place.
 */
export function AddInformationForm({ code, idempotencyKey, permalink }: { code: string; idempotencyKey: string; permalink: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [posted, postWithoutScripts] = useActionState(addInformationForm, null, permalink);
  const [body, setBody] = useState(posted?.body ?? "");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>(posted?.fieldErrors ?? {});
  const send = useMutation(
    trpc.complaint.addInformation.mutationOptions({
      retry: (n, error) => n < 3 && isRetryable(error),
      onSuccess: () => router.refresh(),
      onError: (error) => setErrors(serverFieldErrors(error) ?? { _form: [t("errors.network")] }),
    }),
  );
  if (send.isSuccess)
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3">
        {t("track.addInfoDone")}
      </p>
    );
  const formError = errors._form?.join(" ") ?? posted?.formError;
  return (
    <form
      action={postWithoutScripts}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        send.mutate(toMultipart({ code, idempotencyKey, body }, files));
      }}
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
          {posted && posted.filesDropped > 0 && ` ${t("report.filesAgain", { count: posted.filesDropped })}`}
        </p>
      )}
      <TextAreaField
        id="info-body"
        name="body"
        label={t("track.addInfoBody")}
        errors={errors.body}
        required
        rows={4}
        value={body}
        onChange={setBody}
      />
      <FilesField id="info-files" errors={errors} onChange={setFiles} />
      <Button disabled={send.isPending}>{send.isPending ? t("report.submitting") : t("track.addInfoSubmit")}</Button>
    </form>
  );
}
