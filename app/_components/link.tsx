import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "@/server/db/schema/constants";
import { localizedPath } from "@/server/i18n/locale";

/** A link to a page of this site in the language of the page it is on (`/en/…` on English pages). */
export async function Link({ href, ...props }: ComponentProps<typeof NextLink> & { href: string }) {
  return <NextLink href={localizedPath((await getLocale()) as Locale, href)} {...props} />;
}
