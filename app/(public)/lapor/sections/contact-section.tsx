"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "../../../_components/field";
import type { SectionProps } from "./section-props";

/** Who to tell (all optional), and whether their identity stays confidential. */
export function ContactSection({ draft, update, errors }: SectionProps) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-3">
      <legend className="px-1 font-semibold">{t("report.contactTitle")}</legend>
      <p className="text-sm text-slate-700">{t("report.contactHint")}</p>
      <Field id="contactName" label={t("report.name")} errors={errors.contactName}>
        {(d, inv) => (
          <input
            id="contactName"
            name="contactName"
            autoComplete="name"
            value={draft.contactName}
            onChange={(e) => update("contactName", e.target.value)}
            aria-describedby={d}
            aria-invalid={inv}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="contactEmail" label={t("report.email")} errors={errors.contactEmail}>
        {(d, inv) => (
          <input
            id="contactEmail"
            name="contactEmail"
            type="email"
            autoComplete="email"
            inputMode="email"
            value={draft.contactEmail}
            onChange={(e) => update("contactEmail", e.target.value)}
            aria-describedby={d}
            aria-invalid={inv}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="contactPhone" label={t("report.phone")} errors={errors.contactPhone}>
        {(d, inv) => (
          <input
            id="contactPhone"
            name="contactPhone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={draft.contactPhone}
            onChange={(e) => update("contactPhone", e.target.value)}
            aria-describedby={d}
            aria-invalid={inv}
            className={inputClass}
          />
        )}
      </Field>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="confidential"
          checked={draft.confidential}
          onChange={(e) => update("confidential", e.target.checked)}
          className="mt-1 h-5 w-5"
          aria-describedby="confidential-hint"
        />
        <span>
          <span className="font-medium">{t("report.confidential")}</span>
          <span id="confidential-hint" className="block text-sm text-slate-700">
            {t("report.confidentialHint")}
          </span>
        </span>
      </label>
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="alreadyComplainedToAgency"
          checked={draft.alreadyComplainedToAgency}
          onChange={(e) => update("alreadyComplainedToAgency", e.target.checked)}
          className="h-5 w-5"
        />
        <span>{t("report.alreadyComplained")}</span>
      </label>
    </fieldset>
  );
}
