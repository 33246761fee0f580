/**
 * Time as Indonesia reads it: every conversion between an instant and Jakarta's clock goes through here (SQL
 * through server/domain/jakarta-sql.ts). Jakarta has no daylight saving, so a fixed +07:00 offset is exact.
 * Safe in the browser: no server imports.
 */
import type { Locale } from "@/server/db/schema/constants";

export const JAKARTA_TIME_ZONE = "Asia/Jakarta";
const WIB_OFFSET = "+07:00";
const WIB_OFFSET_MS = 7 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** A date as a reader in Indonesia reads it (Asia/Jakarta), in their language: for mail and PDFs, which have no page locale. */
export function formatJakarta(locale: Locale, at: Date | string, style: Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { ...style, timeZone: JAKARTA_TIME_ZONE }).format(new Date(at));
}

/** A moment with its time of day as read in Indonesia, labelled WIB so a reader in another zone knows the clock. */
export function formatWib(locale: Locale, at: Date | string): string {
  return `${formatJakarta(locale, at, { dateStyle: "medium", timeStyle: "short" })} WIB`;
}

/** A span of time in WIB, the date once when both ends fall on one day ("19 Des 2020 06.12–14.40 WIB"); an open end says "now". */
export function formatWibRange(locale: Locale, from: Date | string, to: Date | string | null, ongoing: string): string {
  if (to === null) return `${formatWib(locale, from)} – ${ongoing}`;
  if (jakartaDay(new Date(from)) !== jakartaDay(new Date(to))) return `${formatWib(locale, from)} – ${formatWib(locale, to)}`;
  return `${formatJakarta(locale, from, { dateStyle: "medium", timeStyle: "short" })}–${formatJakarta(locale, to, { timeStyle: "short" })} WIB`;
}

/** The instant Jakarta's clock shows as `local`: a date ("2020-12-19", its midnight) or a date and time without a zone. */
export function wibInstant(local: string): Date {
  const withTime = local.includes("T") ? local : `${local}T00:00`;
  return new Date(`${withTime}${withTime.length === 16 ? ":00" : ""}${WIB_OFFSET}`);
}

/** The Jakarta calendar date of an instant, as YYYY-MM-DD. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59.999 Jakarta time on the given Jakarta calendar date: when a deadline on that day falls. */
export function endOfJakartaDay(day: string): Date {
  return new Date(wibInstant(day).getTime() + DAY_MS - 1);
}

/** The value of a `datetime-local` field showing this moment in WIB ("2020-12-19T06:09"), whatever the device's own zone. */
export function toWibInput(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as WIB, as an ISO instant; anything malformed is passed on for the schema to refuse. */
export function fromWibInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? wibInstant(value).toISOString() : value;
}

/** W3C date-time in Asia/Jakarta, e.g. 2020-12-19T09:41:00+07:00, as Open311 clients expect. */
export function toJakartaIso(at: Date): string {
  return `${new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 19)}${WIB_OFFSET}`;
}
