import "server-only";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/server/db/schema/constants";
import { localizedPath, PATH_HEADER } from "@/server/i18n/locale";

/**
 * This page's own address, in its language and with its query: what a form posted before its scripts run goes
 * back to. Handed to `useActionState` as its permalink, React writes it as the form's action instead of an empty
 * `action=""` (invalid HTML), and the answer renders on the page the form was on.
 */
export async function pagePermalink(): Promise<string> {
  const [h, locale] = await Promise.all([headers(), getLocale()]);
  return localizedPath(locale as Locale, h.get(PATH_HEADER) ?? "/");
}
