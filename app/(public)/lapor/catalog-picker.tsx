"use client";

import { useId, useMemo, useState } from "react";
import { inputClass } from "@/app/_components/field";
import { matches } from "./search";

export type PickerOption = { id: string; label: string; detail: string; searchText: string };

/**
 * Type to search, tap to choose. A plain list of buttons under the input: works with one thumb,
 * with a screen reader, and without any network once the page has loaded.
 */
export function CatalogPicker({
  id,
  options,
  selectedId,
  onSelect,
  placeholder,
  noMatch,
  changeLabel,
  describedBy,
  invalid,
}: {
  id: string;
  options: PickerOption[];
  selectedId: string;
  onSelect: (id: string) => void;
  placeholder: string;
  noMatch: string;
  changeLabel: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const selected = options.find((o) => o.id === selectedId);
  const results = useMemo(() => (query.trim() ? options.filter((o) => matches(o.searchText, query)).slice(0, 8) : []), [options, query]);

  if (selected) {
    return (
      <div
        className="flex items-start justify-between gap-3 rounded-md border border-brand-700 bg-brand-50 px-3 py-2.5"
        data-testid={`${id}-selected`}
      >
        <div>
          <p className="font-medium">{selected.label}</p>
          <p className="text-sm text-slate-700">{selected.detail}</p>
        </div>
        <button type="button" onClick={() => onSelect("")} className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-brand-800 underline">
          {changeLabel}
        </button>
      </div>
    );
  }
  return (
    <div>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid}
        aria-controls={listId}
        className={inputClass}
      />
      <ul id={listId} className="mt-1 space-y-1" aria-live="polite">
        {results.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              onClick={() => {
                onSelect(o.id);
                setQuery("");
              }}
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-left hover:border-brand-700"
            >
              <span className="block font-medium">{o.label}</span>
              <span className="block text-sm text-slate-700">{o.detail}</span>
            </button>
          </li>
        ))}
        {query.trim() && results.length === 0 && <li className="px-1 text-sm text-slate-700">{noMatch}</li>}
      </ul>
    </div>
  );
}
