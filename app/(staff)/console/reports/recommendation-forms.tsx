"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@/server/db/schema/constants";
import { endOfJakartaDay } from "@/server/i18n/jakarta-time";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { SelectField } from "@/app/_components/form/select-field";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";

/** A recommendation to one agency, with its due date (the end of that day in Jakarta). */
export function AddRecommendationForm({ reportId, agencies }: { reportId: string; agencies: Array<{ id: string; name: string }> }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const f = useMutationForm({ agencyId: "", body: "", dueAt: "" }, { keepValues: true });
  const add = useMutation(
    trpc.report.addRecommendation.mutationOptions({
      ...f.options,
      onSuccess: () => (f.options.onSuccess(), f.setValues((v) => ({ ...v, body: "" }))),
    }),
  );
  return (
    <form className="space-y-2" onSubmit={f.submit(add, (v) => ({ reportId, ...v, dueAt: v.dueAt ? endOfJakartaDay(v.dueAt) : undefined }))}>
      <SelectField
        {...f.field("agencyId")}
        id="rec-agency"
        label={t("recAgency")}
        required
        options={[["", "—"], ...agencies.map((a) => [a.id, a.name] as const)]}
      />
      <TextAreaField {...f.field("body")} id="rec-body" label={t("recBody")} required rows={3} />
      <TextField {...f.field("dueAt")} id="rec-due" type="date" label={t("recDue")} required />
      <FormError errors={f.errors} />
      <Button disabled={add.isPending}>{t("addRecommendation")}</Button>
    </form>
  );
}

export function DecideRecommendationForm({
  recommendationId,
  version,
  status,
}: {
  recommendationId: string;
  version: number;
  status: RecommendationStatus;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm({ status, note: "" }, { keepValues: true });
  const decide = useMutation(
    trpc.recommendation.decide.mutationOptions({ ...f.options, onSuccess: () => (f.options.onSuccess(), f.setValues((v) => ({ ...v, note: "" }))) }),
  );
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={f.submit(decide, (v) => ({ recommendationId, ...v, expectedVersion: version }))}>
      <SelectField
        {...f.field("status")}
        id={`decide-status-${recommendationId}`}
        label={t("reports.decide")}
        options={RECOMMENDATION_STATUSES.map((s) => [s, t(`recommendationStatus.${s}`)] as const)}
      />
      <div className="min-w-0 flex-1">
        <TextField {...f.field("note")} id={`decide-${recommendationId}`} label={t("reports.decisionNote")} />
      </div>
      <Button>{t("reports.save")}</Button>
      <div className="w-full">
        <FormError errors={f.errors} also={["expectedVersion"]} />
      </div>
    </form>
  );
}
