import type { Locale } from "../db/schema/constants";

/** A date as a reader in Indonesia reads it (Asia/Jakarta), in their language: for mail and PDFs, which have no page locale. */
export function formatJakarta(locale: Locale, at: Date | string, style: Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { ...style, timeZone: "Asia/Jakarta" }).format(new Date(at));
}

const WIB_OFFSET_MS = 7 * 60 * 60_000;

/** The value of a `datetime-local` field showing this moment in WIB ("2020-12-19T06:09"), whatever the device's own zone. */
export function toWibInput(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as WIB, as an ISO instant; anything malformed is passed on for the schema to refuse. */
export function fromWibInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? new Date(`${value}:00+07:00`).toISOString() : value;
}

/** A moment with its time of day as read in Indonesia, labelled WIB so a reader in another zone knows the clock. */
export function formatWib(locale: Locale, at: Date | string): string {
  return `${formatJakarta(locale, at, { dateStyle: "medium", timeStyle: "short" })} WIB`;
}

/** W3C date-time in Asia/Jakarta, e.g. 2020-12-19T09:41:00+07:00, as Open311 clients expect. */
export function toJakartaIso(at: Date): string {
  return `${new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}
