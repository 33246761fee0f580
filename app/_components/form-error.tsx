import type { FieldErrors } from "./field-errors";

/** The refusal that belongs to no one field (the form as a whole), announced to screen readers. */
export function FormError({ errors }: { errors: FieldErrors | null }) {
  return errors?._form?.length ? (
    <p role="alert" className="text-sm font-medium text-red-700">
      {errors._form.join(" ")}
    </p>
  ) : null;
}
