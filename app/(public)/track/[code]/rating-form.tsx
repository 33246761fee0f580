"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { RadioCard } from "@/app/_components/form/radio-card";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { rateForm } from "./actions";

const SCORES = ["5", "4", "3", "2", "1"] as const;

/**
 * The reporter rates how their closed case was handled: a score of 1–5 and a comment for staff. A plain form posted
 * to a server action without scripts; with scripts, answered in place. Shows their rating back when changing it.
 */
export function RatingForm({
  code,
  permalink,
  current,
}: {
  code: string;
  permalink: string;
  current: { score: number; comment: string | null } | null;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [posted, postWithoutScripts] = useActionState(rateForm, null, permalink);
  const f = useMutationForm(
    { score: posted?.score ?? (current ? String(current.score) : ""), comment: posted?.comment ?? current?.comment ?? "" },
    { keepValues: true, errors: posted?.fieldErrors },
  );
  const rate = useMutation(trpc.complaint.rate.mutationOptions({ ...f.options, onSuccess: () => router.refresh() }));
  if (rate.isSuccess)
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3" data-testid="rating-saved">
        {t("rating.saved")}
      </p>
    );
  const scoreErrors = f.errors.score;
  const formError = f.errors._form?.join(" ") ?? posted?.formError;
  return (
    <form action={postWithoutScripts} className="space-y-3" onSubmit={f.submit(rate, (v) => ({ code, score: v.score, comment: v.comment }))}>
      <input type="hidden" name="code" value={code} />
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      )}
      <fieldset className="space-y-2" aria-describedby={scoreErrors ? "rating-score-error" : undefined}>
        <legend className="font-medium">
          {t("rating.score")}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-5">
          {SCORES.map((s) => (
            <RadioCard key={s} name="score" value={s} checked={f.values.score === s} onChange={() => f.setValues((v) => ({ ...v, score: s }))}>
              {t(`rating.scores.${s}`)}
            </RadioCard>
          ))}
        </div>
        {scoreErrors && (
          <p id="rating-score-error" className="text-sm font-medium text-red-700" data-field-error="score">
            {scoreErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <TextAreaField {...f.field("comment")} id="rating-comment" label={t("rating.comment")} hint={t("rating.commentHint")} rows={3} />
      <Button disabled={rate.isPending}>{current ? t("rating.change") : t("rating.submit")}</Button>
    </form>
  );
}
