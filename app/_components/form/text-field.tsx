import { Field, inputClass } from "@/app/_components/field";

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "className" | "aria-describedby" | "aria-invalid">;

/**
 * A one-line text input in its Field: the input is described by the field's hint and errors, and marked invalid
 * with them. Controlled (`value` and `onChange`) in a scripted form; without them it is a plain named input with a
 * `defaultValue`, for a form posted without JavaScript (what was typed comes back as the default).
 */
export function TextField({
  id,
  label,
  hint,
  errors,
  required,
  value,
  onChange,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  value?: string;
  onChange?: (value: string) => void;
} & InputProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <input
          {...input}
          id={id}
          value={value}
          onChange={onChange && ((e) => onChange(e.target.value))}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** A field of a form posted to a server action: its name, the errors it got and what was typed, from the action's state. */
export function postedField(state: { fieldErrors: Record<string, string[]>; values: Record<string, string> } | null, name: string, fallback = "") {
  return { name, errors: state?.fieldErrors[name], defaultValue: state?.values[name] ?? fallback };
}
