import { DEFAULT_LOCALE, LOCALES, type Locale } from "../db/schema/constants";

export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The visitor's explicit choice (cookie), else Bahasa Indonesia. The browser's language is deliberately
 * not used: many phones in Indonesia are set to English, and the Ombudsman's public channel is Indonesian-first.
 */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : DEFAULT_LOCALE;
}
