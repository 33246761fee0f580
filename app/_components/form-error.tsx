import type { FieldErrors } from "./field-errors";

/**
 * The refusal that belongs to no one field (the form as a whole), announced to screen readers; `also` names the
 * keys of this form's refusals that have no field of their own on it (a missing identity, a passed deadline).
 */
export function FormError({ errors, also = [] }: { errors: FieldErrors | null; also?: string[] }) {
  const lines = ["_form", ...also].flatMap((key) => errors?.[key] ?? []);
  return lines.length ? (
    <p role="alert" className="text-sm font-medium text-red-700">
      {lines.join(" ")}
    </p>
  ) : null;
}
