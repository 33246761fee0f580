"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
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
  const f = useMutationForm({ correctionNote: "" });
  const [message, setMessage] = useState<string | null>(null);
  const after = (text: string) => (f.options.onSuccess(), setMessage(text));
  const submit = useMutation(trpc.report.submit.mutationOptions({ ...f.options, onSuccess: () => after(t("submitted")) }));
  const publish = useMutation(trpc.report.publish.mutationOptions({ ...f.options, onSuccess: (r) => after(t("published", { version: r.version })) }));
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
          onSubmit={f.submit(publish, (v) => ({ reportId, expectedVersion: version, correctionNote: correction ? v.correctionNote : undefined }))}
        >
          {correction && <TextAreaField {...f.field("correctionNote")} id="correction-note" label={t("correctionNote")} required rows={2} />}
          <Button>{correction ? t("publishCorrection") : t("publish")}</Button>
        </form>
      )}
      <FormError errors={f.errors} also={["expectedVersion"]} />
      {message && <p role="status">{message}</p>}
    </div>
  );
}
