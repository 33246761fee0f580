"use client";

import type { InputHTMLAttributes } from "react";
import { TextField } from "@/app/_components/form/text-field";
import type { SectionProps } from "./section-props";

type TextKey = "addressText" | "occurredAt" | "contactName" | "contactEmail" | "contactPhone";

/** One typed field of the draft: the kit's TextField, bound to the draft and posted under its own name without scripts. */
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
    <TextField
      {...input}
      id={name}
      name={name}
      label={label}
      required={required}
      errors={errors[name]}
      value={draft[name]}
      onChange={(value) => update(name, value)}
    />
  );
}
