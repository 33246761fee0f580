import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "@/server/db/schema/constants";
import { localizedPath } from "@/server/i18n/locale";

/**
 * A link to a page of this site in the language of the page it is on (`/en/…` on English pages). A plain anchor,
 * not Next's Link: a click is a full GET that the public cache answers, whereas Next's Link prefetches every
 * visible link and navigates with framework (RSC) requests that vary per visitor and cannot be shared — opening
 * the board and the home page in Chromium sent twenty of them, each a render on the server.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={localizedPath((await getLocale()) as Locale, href)} {...props} />;
}
