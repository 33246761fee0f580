"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE, localizedPath } from "@/server/i18n/locale";

/** Remembers the chosen language and opens the same page at its URL in that language; a plain form post, so it works without JavaScript. */
export async function switchLanguage(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  const path = formData.get("path");
  // Only a path on this site (not "//other.example"): the field comes from the page, but a post can say anything.
  if (typeof path === "string" && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")) redirect(localizedPath(locale, path));
}
