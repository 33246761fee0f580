"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { TRIAGE_FIELDS, type TriageField } from "@/server/db/schema/constants";
import { Button } from "@/app/_components/form/button";
import { Card } from "@/app/_components/form/card";

/** Asks the job to train a model now (it runs within a minute, on whichever instance takes the job). */
export function TrainButton() {
  const t = useTranslations("admin.triage");
  const trpc = useTRPC();
  const router = useRouter();
  const train = useMutation(trpc.triage.train.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button type="button" onClick={() => train.mutate()} disabled={train.isPending}>
      {t("train")}
    </Button>
  );
}

/** The auto-apply thresholds in force, to move (audited). */
export function ThresholdsForm({ thresholds }: { thresholds: Record<TriageField, number> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(
    () => Object.fromEntries(TRIAGE_FIELDS.map((f) => [f, String(Math.round(thresholds[f] * 1000) / 1000)])) as Record<TriageField, string>,
  );
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const save = useMutation(
    trpc.triage.setThresholds.mutationOptions({
      onSuccess: () => {
        setErrors(null);
        router.refresh();
      },
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  return (
    <form
      className="grid gap-3 sm:grid-cols-5"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(Object.fromEntries(TRIAGE_FIELDS.map((f) => [f, Number(values[f])])) as Record<TriageField, number>);
      }}
    >
      {TRIAGE_FIELDS.map((f) => (
        <Field key={f} id={`threshold-${f}`} label={t(`console.triage.fields.${f}`)} errors={errors?.[f]}>
          {(describedBy, invalid) => (
            <input
              id={`threshold-${f}`}
              type="number"
              step="0.001"
              min="0.5"
              max="1.01"
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <div className="sm:col-span-5">
        <Button disabled={save.isPending}>{t("admin.triage.saveThresholds")}</Button>
      </div>
    </form>
  );
}

/** The national topics' labels in both languages (their codes are fixed). */
export function TopicLabels({ topics }: { topics: Array<{ code: string; name: { id: string; en: string } }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [labels, setLabels] = useState(() => Object.fromEntries(topics.map((x) => [x.code, x.name])));
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const save = useMutation(
    trpc.admin.updateTopic.mutationOptions({
      onSuccess: () => {
        setErrors(null);
        router.refresh();
      },
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  return (
    <Card as="details" padding="sm">
      <summary className="cursor-pointer font-semibold">{t("admin.triage.topics")}</summary>
      {errors && <p className="text-sm font-medium text-red-700">{Object.values(errors).flat().join(" ")}</p>}
      <ul className="mt-2 space-y-2">
        {topics.map((x) => (
          <li key={x.code}>
            <form
              className="grid gap-2 sm:grid-cols-[10rem_1fr_1fr_auto]"
              onSubmit={(e) => {
                e.preventDefault();
                save.mutate({ code: x.code as "other", labelId: (labels[x.code] ?? x.name).id, labelEn: (labels[x.code] ?? x.name).en });
              }}
            >
              <code className="self-center text-sm">{x.code}</code>
              {(["id", "en"] as const).map((lang) => (
                <input
                  key={lang}
                  aria-label={`${x.code} (${lang})`}
                  value={(labels[x.code] ?? x.name)[lang]}
                  onChange={(e) => setLabels((l) => ({ ...l, [x.code]: { ...(l[x.code] ?? x.name), [lang]: e.target.value } }))}
                  className={inputClass}
                />
              ))}
              <Button size="sm" disabled={save.isPending}>
                {t("admin.triage.saveTopic")}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </Card>
  );
}
