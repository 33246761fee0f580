"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";

/** A draft evaluation report of one incident, opened in its editor once made. */
export function CreateReportForm({ incidentId, suggestedTitle }: { incidentId: string; suggestedTitle: string }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const router = useRouter();
  const f = useMutationForm({ title: suggestedTitle }, { keepValues: true });
  const create = useMutation(trpc.report.create.mutationOptions({ ...f.options, onSuccess: (r) => router.push(`/console/reports/${r.id}`) }));
  return (
    <form className="space-y-3" onSubmit={f.submit(create, (v) => ({ ...v, incidentIds: [incidentId] }))}>
      <TextField {...f.field("title")} id="report-title" label={t("reportTitle")} required />
      <FormError errors={f.errors} also={["incidentIds"]} />
      <Button disabled={create.isPending}>{t("create")}</Button>
    </form>
  );
}
