"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/app/_components/form-error";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { TRIAGE_FIELDS, type TopicCode, type TriageField } from "@/server/db/schema/constants";
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
  const f = useMutationForm(
    Object.fromEntries(TRIAGE_FIELDS.map((k) => [k, String(Math.round(thresholds[k] * 1000) / 1000)])) as Record<TriageField, string>,
    { keepValues: true },
  );
  const save = useMutation(trpc.triage.setThresholds.mutationOptions(f.options));
  return (
    <form
      className="grid gap-3 sm:grid-cols-5"
      onSubmit={f.submit(save, (v) => Object.fromEntries(TRIAGE_FIELDS.map((k) => [k, Number(v[k])])) as Record<TriageField, number>)}
    >
      {TRIAGE_FIELDS.map((k) => (
        <TextField
          key={k}
          {...f.field(k)}
          id={`threshold-${k}`}
          label={t(`console.triage.fields.${k}`)}
          type="number"
          step="0.001"
          min="0.5"
          max="1.01"
        />
      ))}
      <div className="sm:col-span-5">
        <FormError errors={f.errors} />
        <Button disabled={save.isPending}>{t("admin.triage.saveThresholds")}</Button>
      </div>
    </form>
  );
}

/** The national topics' labels in both languages (their codes are fixed). */
export function TopicLabels({ topics }: { topics: Array<{ code: TopicCode; name: { id: string; en: string } }> }) {
  const t = useTranslations();
  return (
    <Card as="details" padding="sm">
      <summary className="cursor-pointer font-semibold">{t("admin.triage.topics")}</summary>
      <ul className="mt-2 space-y-2">
        {topics.map((x) => (
          <li key={x.code}>
            <TopicLabelForm code={x.code} name={x.name} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function TopicLabelForm({ code, name }: { code: TopicCode; name: { id: string; en: string } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm({ labelId: name.id, labelEn: name.en }, { keepValues: true });
  const save = useMutation(trpc.admin.updateTopic.mutationOptions(f.options));
  return (
    <form className="grid gap-2 sm:grid-cols-[10rem_1fr_1fr_auto]" onSubmit={f.submit(save, (v) => ({ code, ...v }))}>
      <code className="self-center text-sm">{code}</code>
      <TextField {...f.field("labelId")} label={`${code} (id)`} />
      <TextField {...f.field("labelEn")} label={`${code} (en)`} />
      <Button size="sm" disabled={save.isPending} className="self-end">
        {t("admin.triage.saveTopic")}
      </Button>
      <FormError errors={f.errors} also={["code"]} />
    </form>
  );
}
