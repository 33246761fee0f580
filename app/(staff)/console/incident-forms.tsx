"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { INCIDENT_PUBLIC_STATUSES, SEVERITIES, type Locale } from "@/server/db/schema/constants";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { SelectField } from "@/app/_components/form/select-field";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";

type Severity = (typeof SEVERITIES)[number];
type PublicStatus = (typeof INCIDENT_PUBLIC_STATUSES)[number];
/** The severity a confirmation proposes: an incident worth confirming is usually a major one. */
const CONFIRMED_AS = { severity: "major" as Severity };

function useSeverityOptions() {
  const t = useTranslations("console");
  return SEVERITIES.map((s) => [s, t(`severities.${s}`)] as const);
}

export function ConfirmIncidentForm({
  incidentId,
  version,
  titleId,
  titleEn,
}: {
  incidentId: string;
  version: number;
  titleId: string;
  titleEn: string;
}) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const f = useMutationForm({ titleId, titleEn, ...CONFIRMED_AS }, { keepValues: true });
  const confirm = useMutation(trpc.incident.confirm.mutationOptions(f.options));
  const severities = useSeverityOptions();
  return (
    <form className="space-y-2" onSubmit={f.submit(confirm, (v) => ({ incidentId, expectedVersion: version, ...v }))}>
      <TextField {...f.field("titleId")} label={t("titleId")} />
      <TextField {...f.field("titleEn")} label={t("titleEn")} />
      <SelectField {...f.field("severity")} label={t("severity")} options={severities} />
      <FormError errors={f.errors} also={["expectedVersion"]} />
      <Button>{t("confirm")}</Button>
    </form>
  );
}

/** The severity of a confirmed incident, changed as it turns out worse or milder (the banner follows "major" and "critical"). */
export function SeverityForm({ incidentId, version, severity }: { incidentId: string; version: number; severity: Severity }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const f = useMutationForm({ severity }, { keepValues: true });
  const edit = useMutation(trpc.incident.edit.mutationOptions(f.options));
  const severities = useSeverityOptions();
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={f.submit(edit, (v) => ({ incidentId, expectedVersion: version, ...v }))}>
      <SelectField {...f.field("severity")} label={t("severity")} options={severities} />
      <Button variant="secondary" disabled={edit.isPending || f.values.severity === severity}>
        {t("severityChange")}
      </Button>
      <FormError errors={f.errors} also={["expectedVersion"]} />
    </form>
  );
}

const NEW_UPDATE = { status: "identified" as PublicStatus, body: "", language: "id" as Locale, bodyEn: "" };

export function PostUpdateForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm(NEW_UPDATE);
  const post = useMutation(trpc.incident.postUpdate.mutationOptions(f.options));
  return (
    <form className="space-y-2" onSubmit={f.submit(post, (v) => ({ incidentId, ...v }))}>
      <SelectField
        {...f.field("status")}
        label={t("console.publicStatus")}
        options={INCIDENT_PUBLIC_STATUSES.map((s) => [s, t(`incidentPublicStatus.${s}`)] as const)}
      />
      <TextAreaField {...f.field("body")} label={t("console.updateBody")} rows={3} />
      {f.values.language === "id" && <TextAreaField {...f.field("bodyEn")} label={t("console.updateBodyEn")} rows={3} lang="en" />}
      <SelectField
        {...f.field("language")}
        label={t("console.updateLanguage")}
        options={[
          ["id", "Bahasa Indonesia"],
          ["en", "English"],
        ]}
      />
      <FormError errors={f.errors} />
      <Button>{t("console.postUpdate")}</Button>
    </form>
  );
}
