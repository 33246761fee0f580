import { createTranslator } from "next-intl";
import { z, type ZodError } from "zod";
import type { Locale } from "../db/schema/constants";
import { MESSAGES } from "./messages";

const ZOD_LOCALES = { id: z.locales.id(), en: z.locales.en() } as const;

export type FieldErrors = Record<string, string[]>;

export function translator(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return (key: string) => t(key as Parameters<typeof t>[0]);
}

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
      const localized = ZOD_LOCALES[locale].localeError(issue as never);
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
