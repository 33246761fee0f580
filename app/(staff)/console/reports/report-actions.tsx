"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { useTRPC } from "@/app/_trpc/client";

export function ReportActions({
  reportId,
  version,
  status,
  publishedVersion,
  isAdmin,
}: {
  reportId: string;
  version: number;
  status: string;
  publishedVersion: number;
  isAdmin: boolean;
}) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const onError = (e: unknown) => setErrors(fieldErrorsOf(e));
  const submit = useMutation(trpc.report.submit.mutationOptions({ onSuccess: () => (setMessage(t("submitted")), router.refresh()), onError }));
  const publish = useMutation(
    trpc.report.publish.mutationOptions({
      onSuccess: (r) => (setErrors({}), setMessage(t("published", { version: r.version })), router.refresh()),
      onError,
    }),
  );
  const correction = publishedVersion > 0;
  return (
    <div className="space-y-2">
      {status === "draft" && (
        <Button type="button" onClick={() => submit.mutate({ reportId })}>
          {t("submit")}
        </Button>
      )}
      {isAdmin && (status === "in_review" || status === "published") && (
        <form
          className="space-y-2"
          onSubmit={(e) => (
            e.preventDefault(),
            publish.mutate({ reportId, expectedVersion: version, correctionNote: correction ? note : undefined })
          )}
        >
          {correction && (
            <Field id="correction-note" label={t("correctionNote")} errors={errors.correctionNote} required>
              {(d, invalid) => (
                <textarea
                  id="correction-note"
                  rows={2}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  aria-describedby={d}
                  aria-invalid={invalid}
                  className={inputClass}
                />
              )}
            </Field>
          )}
          <Button>{correction ? t("publishCorrection") : t("publish")}</Button>
        </form>
      )}
      <FormError errors={errors} />
      {message && <p role="status">{message}</p>}
    </div>
  );
}
