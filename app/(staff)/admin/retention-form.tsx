"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { adminGrid } from "./catalogue-forms";

const RETENTION_FIELDS = [
  "contactDaysAfterClose",
  "attachmentDaysAfterClose",
  "fingerprintDays",
  "conversationDays",
  "outboxDays",
  "monitorCheckDays",
  "monitorMinuteDays",
] as const;
type Schedule = Record<(typeof RETENTION_FIELDS)[number], number>;

/** How long personal data is kept, in days; the nightly retention job and the public privacy notice both read it. */
export function RetentionForm({ schedule }: { schedule: Schedule }) {
  const t = useTranslations("admin.retention");
  const admin = useTranslations("admin");
  const trpc = useTRPC();
  const asText = Object.fromEntries(RETENTION_FIELDS.map((k) => [k, String(schedule[k])])) as Record<keyof Schedule, string>;
  const f = useMutationForm(asText, { keepValues: true });
  const save = useMutation(trpc.privacy.setRetention.mutationOptions(f.options));
  return (
    <form className={adminGrid} onSubmit={f.submit(save)}>
      {RETENTION_FIELDS.map((k) => (
        <TextField key={k} {...f.field(k)} label={t(k)} type="number" inputMode="numeric" />
      ))}
      <Button>{t("save")}</Button>
      <FormStatus errors={f.errors} saved={f.saved} savedText={admin("saved")} />
    </form>
  );
}
