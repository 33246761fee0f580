"use server";

import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/server/i18n/locale";

/** Stores the chosen language; a plain form post, so it works without JavaScript. */
export async function switchLanguage(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
}
