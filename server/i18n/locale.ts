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

/** Pages whose English address is a word of its own (`/en/map` for `/peta`); the rest keep the Indonesian path. */
const ENGLISH_PATHS: Readonly<Record<string, string>> = { "/peta": "/map" };
const FROM_ENGLISH = Object.fromEntries(Object.entries(ENGLISH_PATHS).map(([id, en]) => [en, id]));

/** `/en/insiden` → { locale: "en", path: "/insiden" }, `/en/map` → "/peta"; an unprefixed path has no locale of its own. */
export function splitLocalePath(pathname: string): { locale: Locale | null; path: string } {
  const match = PREFIXED.exec(pathname);
  if (!match) return { locale: null, path: pathname };
  const path = pathname.slice(match[0].length) || "/";
  return { locale: match[1] as Locale, path: FROM_ENGLISH[path] ?? path };
}

/** The URL of a site path in a language: English is prefixed, Bahasa Indonesia is not; API and other-site links are left as they are. */
export function localizedPath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/api/")) return href;
  if (href === "/") return `/${locale}`;
  const end = href.search(/[?#]/);
  const path = end < 0 ? href : href.slice(0, end);
  return `/${locale}${ENGLISH_PATHS[path] ?? path}${end < 0 ? "" : href.slice(end)}`;
}

/** The language of a request: the URL's (via the proxy's header), else the visitor's saved choice, else Bahasa Indonesia. */
export function requestLocale(headerValue: string | null | undefined, cookieValue: string | undefined): Locale {
  return isLocale(headerValue) ? headerValue : resolveLocale(cookieValue);
}
