import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/server/db/schema/constants";

type Update = { body: string; language: string; bodyEn: string | null };

/**
 * A public update's text in the page's language where its author gave one; otherwise the text as written, marked
 * with its language and said to be in it (WCAG 3.1.2), so an English page never passes Indonesian off as English.
 */
export async function UpdateText({ update, as: Tag = "span", className }: { update: Update; as?: "p" | "span"; className?: string }) {
  const [locale, t] = await Promise.all([getLocale() as Promise<Locale>, getTranslations("updateText")]);
  const english = locale === "en" && update.language === "id" && update.bodyEn !== null;
  const lang: Locale = english ? "en" : update.language === "en" ? "en" : "id";
  return (
    <Tag className={className} lang={lang}>
      {english ? update.bodyEn : update.body}
      {lang !== locale && (
        <span lang={locale} className="ml-1 text-sm text-slate-700" data-testid="written-in">
          ({t(`writtenIn.${lang}`)})
        </span>
      )}
    </Tag>
  );
}
