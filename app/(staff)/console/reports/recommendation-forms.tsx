"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@/server/db/schema/constants";
import { endOfJakartaDay } from "@/server/i18n/jakarta-time";
import { inputClass } from "@/app/_components/field";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { SelectField } from "@/app/_components/form/select-field";
import { TextAreaField } from "@/app/_components/form/text-area-field";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationStatus } from "@/app/_components/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";

/** A recommendation to one agency, with its due date (the end of that day in Jakarta). */
export function AddRecommendationForm({ reportId, agencies }: { reportId: string; agencies: Array<{ id: string; name: string }> }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const [agencyId, setAgencyId] = useState("");
  const [body, setBody] = useState("");
  const [dueAt, setDueAt] = useState("");
  const { errors, options } = useMutationStatus(() => setBody(""));
  const add = useMutation(trpc.report.addRecommendation.mutationOptions(options));
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => (e.preventDefault(), add.mutate({ reportId, agencyId, body, dueAt: dueAt ? endOfJakartaDay(dueAt) : undefined }))}
    >
      <SelectField
        id="rec-agency"
        label={t("recAgency")}
        errors={errors.agencyId}
        required
        value={agencyId}
        onChange={setAgencyId}
        options={[["", "—"], ...agencies.map((a) => [a.id, a.name] as const)]}
      />
      <TextAreaField id="rec-body" label={t("recBody")} errors={errors.body} required rows={3} value={body} onChange={setBody} />
      <TextField id="rec-due" type="date" label={t("recDue")} errors={errors.dueAt} required value={dueAt} onChange={setDueAt} />
      <FormError errors={errors} />
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
  const [next, setNext] = useState<RecommendationStatus>(status);
  const [note, setNote] = useState("");
  const { errors, options } = useMutationStatus(() => setNote(""));
  const decide = useMutation(trpc.recommendation.decide.mutationOptions(options));
  const id = `decide-${recommendationId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => (e.preventDefault(), decide.mutate({ recommendationId, status: next, note, expectedVersion: version }))}
    >
      <label className="text-sm">
        <span className="block">{t("reports.decide")}</span>
        <select value={next} onChange={(e) => setNext(e.target.value as RecommendationStatus)} className={inputClass}>
          {RECOMMENDATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`recommendationStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={id} className="min-w-0 flex-1 text-sm">
        <span className="block">{t("reports.decisionNote")}</span>
        <input id={id} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={Boolean(errors.note)} className={inputClass} />
      </label>
      <Button>{t("reports.save")}</Button>
      {Object.values(errors).flat().length > 0 && (
        <p role="alert" className="w-full text-sm text-red-700">
          {Object.values(errors).flat().join(" ")}
        </p>
      )}
    </form>
  );
}
