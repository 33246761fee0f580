import { Field, inputClass } from "@/app/_components/field";

/**
 * A choice among fixed options in its Field. Typed by its options: what it hands back is one of their values,
 * read from the list (never the DOM's string), so an enum field stays an enum without a cast.
 */
export function SelectField<O extends string>({
  id,
  name,
  label,
  hint,
  errors,
  required,
  value,
  options,
  onChange,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  value: O;
  options: ReadonlyArray<readonly [O, string]>;
  onChange: (value: O) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => {
            const picked = options.find(([v]) => v === e.target.value);
            if (picked) onChange(picked[0]);
          }}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
