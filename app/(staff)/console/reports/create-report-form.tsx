"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextField } from "@/app/_components/form/text-field";
import { useTRPC } from "@/app/_trpc/client";

/** A draft evaluation report of one incident, opened in its editor once made. */
export function CreateReportForm({ incidentId, suggestedTitle }: { incidentId: string; suggestedTitle: string }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const router = useRouter();
  const [title, setTitle] = useState(suggestedTitle);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.report.create.mutationOptions({ onSuccess: (r) => router.push(`/console/reports/${r.id}`), onError: (e) => setErrors(fieldErrorsOf(e)) }),
  );
  return (
    <form className="space-y-3" onSubmit={(e) => (e.preventDefault(), create.mutate({ title, incidentIds: [incidentId] }))}>
      <TextField id="report-title" label={t("reportTitle")} errors={errors.title ?? errors.incidentIds} required value={title} onChange={setTitle} />
      <FormError errors={errors} />
      <Button disabled={create.isPending}>{t("create")}</Button>
    </form>
  );
}
