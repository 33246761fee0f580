import { inputClass } from "./field";
import type { SelectOption } from "./catalog-select";

/** A plain `<select>` of options with an empty first choice, wired to its field's hint and error. */
export function OptionSelect({
  id,
  value,
  onChange,
  options,
  emptyLabel,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<Pick<SelectOption, "id" | "label">>;
  emptyLabel: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      className={inputClass}
    >
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
