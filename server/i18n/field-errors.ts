import { z, type ZodError } from "zod";
import type { Locale } from "@/server/db/schema/constants";
import { translator } from "./translator";

const ZOD_LOCALES = { id: z.locales.id(), en: z.locales.en() } as const;

export type FieldErrors = Record<string, string[]>;

/**
 * Field-level messages in the reader's language. A schema may name one of our message keys
 * (`{ error: "errors.x" }`); anything else gets zod's own translation for that locale.
 */
export function zodFieldErrors(error: ZodError, locale: Locale): FieldErrors {
  const t = translator(locale);
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    let message: string;
    if (issue.message.startsWith("errors.")) {
      message = t(issue.message);
    } else {
      // A finished issue is a raw one with its input dropped (zod keeps inputs out of reports); the messages do not read it.
      const localized = ZOD_LOCALES[locale].localeError(issue as z.core.$ZodRawIssue);
      message = typeof localized === "string" ? localized : (localized?.message ?? issue.message);
    }
    (out[path] ??= []).push(message);
  }
  return out;
}

/** Domain errors carry message keys per field; this turns them into text. */
export function translateFieldErrors(keys: FieldErrors, locale: Locale): FieldErrors {
  const t = translator(locale);
  return Object.fromEntries(Object.entries(keys).map(([field, list]) => [field, list.map((k) => (k.startsWith("errors.") ? t(k) : k))]));
}
