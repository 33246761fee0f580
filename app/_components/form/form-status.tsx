import { FormError } from "@/app/_components/form-error";
import type { FieldErrors } from "@/app/_components/field-errors";

/** Under a form: the refusal that belongs to no one field, or the word that it was saved. */
export function FormStatus({ errors, saved, savedText, also }: { errors: FieldErrors; saved: boolean; savedText: string; also?: string[] }) {
  return (
    <>
      <FormError errors={errors} also={also} />
      {saved && (
        <p role="status" className="text-sm">
          {savedText}
        </p>
      )}
    </>
  );
}
