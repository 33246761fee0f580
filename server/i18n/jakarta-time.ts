import type { Locale } from "../db/schema/constants";

/** A date as a reader in Indonesia reads it (Asia/Jakarta), in their language: for mail and PDFs, which have no page locale. */
export function formatJakarta(locale: Locale, at: Date | string, style: Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { ...style, timeZone: "Asia/Jakarta" }).format(new Date(at));
}
