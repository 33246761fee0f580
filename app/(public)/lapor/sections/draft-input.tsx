"use client";

import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "@/app/_components/field";
import type { SectionProps } from "./section-props";

type TextKey = "addressText" | "occurredAt" | "contactName" | "contactEmail" | "contactPhone";

/** One typed field of the draft: labelled, wired to its errors, and posted under its own name without scripts. */
export function DraftInput({
  name,
  label,
  required,
  draft,
  update,
  errors,
  ...input
}: SectionProps & { name: TextKey; label: string; required?: boolean } & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "autoComplete" | "inputMode" | "maxLength"
  >) {
  return (
    <Field id={name} label={label} errors={errors[name]} required={required}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          {...input}
          value={draft[name]}
          onChange={(e) => update(name, e.target.value)}
          required={required}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );
}
