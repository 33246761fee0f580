import { inputClass } from "./field";

/** One choice of a plain `<select>`, grouped under a heading (an agency, a province). */
export type SelectOption = { id: string; label: string; group: string };

/**
 * The picker before (or without) JavaScript: a native select, grouped. Works on any phone and with any screen
 * reader; scripts replace it with the typing picker.
 */
export function CatalogSelect({
  id,
  options,
  value,
  onChange,
  emptyLabel,
  describedBy,
  invalid,
}: {
  id: string;
  options: SelectOption[];
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const groups = new Map<string, SelectOption[]>();
  for (const o of options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  return (
    <select
      id={id}
      name={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      className={inputClass}
    >
      <option value="">{emptyLabel}</option>
      {[...groups].map(([group, list]) => (
        <optgroup key={group} label={group}>
          {list.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
