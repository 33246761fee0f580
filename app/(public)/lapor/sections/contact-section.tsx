"use client";

import { useTranslations } from "next-intl";
import { DraftInput } from "./draft-input";
import type { SectionProps } from "./section-props";

/** Who to tell (all optional), and whether their identity stays confidential. */
export function ContactSection(section: SectionProps) {
  const { draft, update } = section;
  const t = useTranslations();
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-3">
      <legend className="px-1 font-semibold">{t("report.contactTitle")}</legend>
      <p className="text-sm text-slate-700">{t("report.contactHint")}</p>
      <DraftInput {...section} name="contactName" label={t("report.name")} autoComplete="name" />
      <DraftInput {...section} name="contactEmail" label={t("report.email")} type="email" autoComplete="email" inputMode="email" />
      <DraftInput {...section} name="contactPhone" label={t("report.phone")} type="tel" autoComplete="tel" inputMode="tel" />
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
