"use client";

import { useTranslations } from "next-intl";
import { COMPLAINT_CATEGORIES } from "@/server/db/schema/constants";
import type { SectionProps } from "./section-props";

/** What kind of problem: one radio per category, large enough to tap in a queue. */
export function CategorySection({ draft, update, errors }: SectionProps) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">
        {t("report.category")}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {COMPLAINT_CATEGORIES.map((c) => (
          <label
            key={c}
            className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50"
          >
            <input type="radio" name="category" value={c} checked={draft.category === c} onChange={() => update("category", c)} className="h-5 w-5" />
            <span>{t(`categories.${c}`)}</span>
          </label>
        ))}
      </div>
      {errors.category && (
        <p className="text-sm font-medium text-red-700" data-field-error="category">
          {errors.category.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
