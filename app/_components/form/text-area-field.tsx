import { Field, inputClass } from "@/app/_components/field";

type TextAreaProps = Omit<
  React.TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "value" | "onChange" | "className" | "aria-describedby" | "aria-invalid"
>;

/** Several lines of text in its Field, described by the field's hint and errors like every other field. */
export function TextAreaField({
  id,
  label,
  hint,
  errors,
  required,
  value,
  onChange,
  mono = false,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  /** Without `value` and `onChange`: a plain named field with a `defaultValue`, for a form posted without JavaScript. */
  value?: string;
  onChange?: (value: string) => void;
  /** Markdown and other text whose layout matters: a fixed-width face. */
  mono?: boolean;
} & TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) => (
        <textarea
          {...textarea}
          id={id}
          value={value}
          onChange={onChange && ((e) => onChange(e.target.value))}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={mono ? `${inputClass} font-mono text-sm` : inputClass}
        />
      )}
    </Field>
  );
}
