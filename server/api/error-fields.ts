import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Locale } from "../db/schema/constants";
import { isDatabaseUnavailable } from "../db/unavailable";
import { DomainError } from "../domain/errors";
import { translateFieldErrors, translator, zodFieldErrors, type FieldErrors } from "../i18n/field-errors";

/** The translated field errors a refusal carries (bad input, or a domain rule naming fields), or null when it names none. */
export function fieldErrorsOfCause(cause: unknown, locale: Locale): FieldErrors | null {
  if (cause instanceof ZodError) return zodFieldErrors(cause, locale);
  if (cause instanceof DomainError && cause.fieldErrors) return translateFieldErrors(cause.fieldErrors, locale);
  return null;
}

/** What a form posted without JavaScript shows when it is refused: its fields' errors and one line at the top. */
export type FormRefusal = { fieldErrors: FieldErrors; formError: string };

/**
 * A form action's refusal, in the same words the tRPC API sends: bad input and domain refusals become field
 * errors, a database that is away asks to try again. Anything else is a bug and is thrown on (a 500, logged).
 */
export function formRefusalOf(thrown: unknown, locale: Locale): FormRefusal {
  const t = translator(locale);
  // A server-side tRPC call throws its procedure's error wrapped, with the domain's (or zod's) as the cause.
  const error = thrown instanceof TRPCError ? (thrown.cause ?? thrown) : thrown;
  if (thrown instanceof TRPCError && thrown.code === "SERVICE_UNAVAILABLE") return { fieldErrors: {}, formError: t("errors.generic") };
  if (isDatabaseUnavailable(error)) return { fieldErrors: {}, formError: t("errors.generic") };
  if (!(error instanceof ZodError) && !(error instanceof DomainError)) throw thrown;
  const fieldErrors = fieldErrorsOfCause(error, locale) ?? {};
  const formError = fieldErrors._form?.join(" ") ?? (error instanceof DomainError && !error.fieldErrors ? t("errors.generic") : t("errors.fixBelow"));
  return { fieldErrors, formError };
}
