"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { DraftInput } from "./draft-input";
import type { SectionProps } from "./section-props";

/** When it happened (read as WIB) and what happened, with a running count against the limit. */
export function HappenedSection({ draft, update, errors }: SectionProps) {
  const t = useTranslations();
  return (
    <>
      <DraftInput draft={draft} update={update} errors={errors} name="occurredAt" label={t("report.occurredAt")} type="datetime-local" required />

      <Field id="description" label={t("report.description")} hint={t("report.descriptionHint")} errors={errors.description} required>
        {(describedBy, invalid) => (
          <>
            <textarea
              id="description"
              name="description"
              value={draft.description}
              onChange={(e) => update("description", e.target.value)}
              rows={6}
              maxLength={4000}
              required
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={inputClass}
            />
            <p className="text-right text-sm text-slate-700" aria-live="polite">
              {t("report.characters", { count: draft.description.length })}
            </p>
          </>
        )}
      </Field>
    </>
  );
}
