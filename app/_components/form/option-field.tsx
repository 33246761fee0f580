import { Field } from "@/app/_components/field";
import { OptionSelect } from "@/app/_components/option-select";

/** A choice among many (services, places, topics) in its Field: the grouped native select with an empty first choice. */
export function OptionField({
  id,
  label,
  hint,
  errors,
  required,
  value,
  onChange,
  options,
  emptyLabel,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  value: string;
  onChange: (id: string) => void;
  options: Array<{ id: string; label: string; group?: string }>;
  emptyLabel: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <OptionSelect
          id={id}
          value={value}
          onChange={onChange}
          options={options}
          emptyLabel={emptyLabel}
          describedBy={describedBy}
          invalid={invalid}
        />
      )}
    </Field>
  );
}
