/** Reading a form as a browser posts it without JavaScript, and answering its refusal. */
import type { Locale } from "@/server/db/schema/constants";
import type { FieldErrors } from "@/server/i18n/field-errors";
import { translator } from "@/server/i18n/translator";
import { httpErrorOf } from "./http-errors";

/** A text field's value; absent (or a file where text was expected) reads as empty. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The files chosen in a file input; one left empty is posted as a nameless empty part, which is no file. */
export function filesOf(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => typeof f !== "string" && !(f.size === 0 && f.name === ""));
}

/** What a form posted without JavaScript shows when it is refused: its fields' errors and one line at the top. */
export type FormRefusal = { fieldErrors: FieldErrors; formError: string };

/**
 * A form action's refusal, read the way every route reads errors (http-errors.ts): bad input and domain refusals
 * become field errors, a database that is away asks to try again. Anything else is a bug and is thrown on (a 500, logged).
 */
export function formRefusalOf(thrown: unknown, locale: Locale): FormRefusal {
  const t = translator(locale);
  const error = httpErrorOf(thrown, locale);
  if (!error) throw thrown;
  const fieldErrors = error.fieldErrors ?? {};
  const formError = fieldErrors._form?.join(" ") ?? (Object.keys(fieldErrors).length > 0 ? t("errors.fixBelow") : t("errors.generic"));
  return { fieldErrors, formError };
}
