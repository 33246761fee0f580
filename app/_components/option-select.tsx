import { inputClass } from "./field";

/** One choice of a plain `<select>`, grouped under a heading (an agency, a province). */
export type SelectOption = { id: string; label: string; group: string };

/**
 * A native select with an empty first choice, its options grouped under their headings when they have any. The
 * report form's pickers before (or without) JavaScript, and every plain choice of a staff form; works on any
 * phone and with any screen reader.
 */
export function OptionSelect({
  id,
  options,
  value,
  onChange,
  emptyLabel,
  describedBy,
  invalid,
}: {
  id: string;
  options: Array<{ id: string; label: string; group?: string }>;
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const groups = new Map<string, typeof options>();
  for (const o of options) groups.set(o.group ?? "", [...(groups.get(o.group ?? "") ?? []), o]);
  const list = (items: typeof options) =>
    items.map((o) => (
      <option key={o.id} value={o.id}>
        {o.label}
      </option>
    ));
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
      {[...groups].map(([group, items]) =>
        group ? (
          <optgroup key={group} label={group}>
            {list(items)}
          </optgroup>
        ) : (
          list(items)
        ),
      )}
    </select>
  );
}
