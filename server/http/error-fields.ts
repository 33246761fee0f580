import { ZodError } from "zod";
import type { Locale } from "@/server/db/schema/constants";
import { DomainError } from "@/server/domain/errors";
import { translateFieldErrors, zodFieldErrors, type FieldErrors } from "@/server/i18n/field-errors";

/** The translated field errors a refusal carries (bad input, or a domain rule naming fields), or null when it names none. */
export function fieldErrorsOfCause(cause: unknown, locale: Locale): FieldErrors | null {
  if (cause instanceof ZodError) return zodFieldErrors(cause, locale);
  if (cause instanceof DomainError && cause.fieldErrors) return translateFieldErrors(cause.fieldErrors, locale);
  return null;
}
