"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/app/_components/field";
import type { FieldErrors } from "@/app/_components/field-errors";
import { toWibInput } from "@/server/i18n/jakarta-time";

type Entry = { at: string; text: string };

/** The report's timeline: a time (shown in WIB) and a line of text per entry, added and removed in place. */
export function TimelineFieldset({ entries, errors, onChange }: { entries: Entry[]; errors: FieldErrors; onChange: (entries: Entry[]) => void }) {
  const t = useTranslations("reports");
  const put = (i: number, change: Partial<Entry>) => onChange(entries.map((x, j) => (j === i ? { ...x, ...change } : x)));
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="font-medium">{t("timeline")}</legend>
      {entries.map((entry, i) => (
        <div key={i} className="flex flex-wrap gap-2">
          {/* Stored instants are shown in WIB; what is typed stays as typed, and the server reads a time without a zone as WIB. */}
          <input
            type="datetime-local"
            aria-label={t("timelineAt")}
            value={/(Z|[+-]\d{2}:\d{2})$/.test(entry.at) ? toWibInput(new Date(entry.at)) : entry.at}
            onChange={(e) => put(i, { at: e.target.value })}
            className={`${inputClass} w-56 text-sm`}
          />
          <input
            aria-label={t("timelineText")}
            value={entry.text}
            onChange={(e) => put(i, { text: e.target.value })}
            className={`${inputClass} min-w-0 flex-1 text-sm`}
          />
          <button type="button" className="text-sm underline" onClick={() => onChange(entries.filter((_, j) => j !== i))}>
            {t("remove")}
          </button>
        </div>
      ))}
      <button type="button" className="text-sm underline" onClick={() => onChange([...entries, { at: toWibInput(new Date()), text: "" }])}>
        {t("addEntry")}
      </button>
      {Object.entries(errors)
        .filter(([k]) => k.startsWith("timeline"))
        .map(([k, v]) => (
          <p key={k} className="text-sm text-red-700">
            {v.join(" ")}
          </p>
        ))}
    </fieldset>
  );
}
