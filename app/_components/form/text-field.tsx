import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { Field, inputClass } from "@/app/_components/field";

/** What the field itself is given: the rest of a text field's props belong to its control. */
type Bound = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  /** Without `value` and `onChange`: a plain named control with a `defaultValue`, for a form posted without JavaScript. */
  value?: string;
  onChange?: (value: string) => void;
};
type Wired = "id" | "value" | "onChange" | "className" | "aria-describedby" | "aria-invalid";
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, Wired>;
type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Wired>;

type Control = {
  id: string;
  value: string | undefined;
  onChange: ((e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void) | undefined;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
  /** Announced, not enforced: the server's translated field error says what is missing, not the browser's bubble. */
  "aria-required": boolean | undefined;
};

/** Splits a text field's props into the field's and its control's own. */
function split<P extends Bound>({ id, label, hint, errors, required, value, onChange, ...own }: P) {
  return [{ id, label, hint, errors, required, value, onChange }, own] as const;
}

/** The Field around a text control, and the control wired to it: described by the hint and errors, invalid with them. */
function BoundControl({ id, label, hint, errors, required, value, onChange, children }: Bound & { children: (control: Control) => ReactNode }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy, invalid) =>
        children({
          id,
          value,
          onChange: onChange && ((e) => onChange(e.target.value)),
          "aria-describedby": describedBy,
          "aria-invalid": invalid,
          "aria-required": required,
        })
      }
    </Field>
  );
}

/**
 * A one-line text input in its Field. Controlled (`value` and `onChange`) in a scripted form; without them it is a
 * plain named input with a `defaultValue`, for a form posted without JavaScript (what was typed comes back as the default).
 */
export function TextField(props: Bound & InputProps) {
  const [bound, input] = split(props);
  return <BoundControl {...bound}>{(control) => <input {...input} {...control} className={inputClass} />}</BoundControl>;
}

/** Several lines of text in its Field, like every other field; `mono` for Markdown and other text whose layout matters. */
export function TextAreaField({ mono = false, ...props }: Bound & TextAreaProps & { mono?: boolean }) {
  const [bound, textarea] = split(props);
  return (
    <BoundControl {...bound}>
      {(control) => <textarea {...textarea} {...control} className={mono ? `${inputClass} font-mono text-sm` : inputClass} />}
    </BoundControl>
  );
}

/** A field of a form posted to a server action: its name, the errors it got and what was typed, from the action's state. */
export function postedField(state: { fieldErrors: Record<string, string[]>; values: Record<string, string> } | null, name: string, fallback = "") {
  return { name, errors: state?.fieldErrors[name], defaultValue: state?.values[name] ?? fallback };
}
