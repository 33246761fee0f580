"use client";

import { useTranslations } from "next-intl";
import { COMPLAINT_CATEGORIES } from "@/server/db/schema/constants";
import { RadioCard } from "@/app/_components/form/radio-card";
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
          <RadioCard key={c} name="category" value={c} checked={draft.category === c} onChange={() => update("category", c)}>
            {t(`categories.${c}`)}
          </RadioCard>
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
