import { createTranslator, type TranslationValues } from "next-intl";
import type { Locale } from "@/server/db/schema/constants";
import { JAKARTA_TIME_ZONE } from "./jakarta-time";
import { MESSAGES } from "./messages";

export type Translate = (key: string, values?: TranslationValues) => string;

/**
 * Messages by a key composed at run time: a template, status or reason read from stored data or a zod issue.
 * next-intl types its keys from the messages file, which cannot see those; an unknown key reads as the key itself,
 * as next-intl does. Keys written out in code use next-intl's typed translator instead.
 */
export function translator(locale: Locale, namespace?: string): Translate {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, timeZone: JAKARTA_TIME_ZONE });
  const prefix = namespace ? `${namespace}.` : "";
  return (key, values) => t(`${prefix}${key}` as Parameters<typeof t>[0], values);
}
