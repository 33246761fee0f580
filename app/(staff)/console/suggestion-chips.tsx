"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TriageField } from "@/server/db/schema/constants";

export type Suggestion = { code: string; id: string | null; label: { id: string; en: string } | null; p: number };

/** The value a suggestion sets in a form: a code for topics and categories, an id for the rest. */
export const suggestionValue = (field: TriageField, s: Suggestion) => (field === "topic" || field === "category" ? s.code : (s.id ?? ""));

/** Triage's best guesses for one field as buttons ("Use Paspor (82 %)"); choosing one is a click. */
export function SuggestionChips({
  field,
  suggestions,
  onPick,
  disabled,
}: {
  field: TriageField;
  suggestions: Suggestion[];
  onPick: (value: string, s: Suggestion) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("console.triage");
  const tc = useTranslations("categories");
  const locale = useLocale() as "id" | "en";
  if (suggestions.length === 0) return null;
  const label = (s: Suggestion) => (field === "category" ? tc(s.code as "other") : (s.label?.[locale] ?? s.code));
  return (
    <div role="group" aria-label={`${t("suggestions")}: ${t(`fields.${field}`)}`} className="flex flex-wrap gap-2">
      {suggestions.map((s) => (
        <button
          key={`${field}-${s.code}`}
          type="button"
          disabled={disabled}
          onClick={() => onPick(suggestionValue(field, s), s)}
          className="rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-900 hover:bg-brand-50"
          data-testid={`suggestion-${field}`}
        >
          {t("use", { label: label(s), p: Math.round(s.p * 100) })}
        </button>
      ))}
    </div>
  );
}
