import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/server/db/schema/constants";

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

/**
 * Public URLs carry the language: `/insiden` is Bahasa Indonesia, `/en/insiden` English, so a cache or CDN can
 * keep both without varying on cookies. The proxy strips the prefix and passes the language on in this header.
 */
export const LOCALE_HEADER = "x-sigap-locale";
/** The page's path without the language prefix, for the language switch. */
export const PATH_HEADER = "x-sigap-path";

const PREFIXED = /^\/(en)(?=\/|$)/;

/** `/en/insiden` → { locale: "en", path: "/insiden" }; an unprefixed path has no locale of its own. */
export function splitLocalePath(pathname: string): { locale: Locale | null; path: string } {
  const match = PREFIXED.exec(pathname);
  if (!match) return { locale: null, path: pathname };
  return { locale: match[1] as Locale, path: pathname.slice(match[0].length) || "/" };
}

/** The URL of a site path in a language: English is prefixed, Bahasa Indonesia is not; API and other-site links are left as they are. */
export function localizedPath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/api/")) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

/** The language of a request: the URL's (via the proxy's header), else the visitor's saved choice, else Bahasa Indonesia. */
export function requestLocale(headerValue: string | null | undefined, cookieValue: string | undefined): Locale {
  return isLocale(headerValue) ? headerValue : resolveLocale(cookieValue);
}
