// Deadline arithmetic in Jakarta time (UTC+7, no daylight saving). "Working days" skip Saturdays,
// Sundays and the configured national holidays; a deadline falls at the end of its day (23:59:59 WIB).

import { endOfJakartaDay, jakartaDay } from "@/server/i18n/jakarta-time";

const DAY_MS = 24 * 3600_000;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** The end of the n-th working day after the day of `from` (the day itself does not count). */
export function addWorkingDays(from: Date, n: number, holidays: ReadonlySet<string>): Date {
  let day = jakartaDay(from);
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) left--;
  }
  return endOfJakartaDay(day);
}

/** The end of the n-th calendar day after the day of `from`. */
export function addCalendarDays(from: Date, n: number): Date {
  let day = jakartaDay(from);
  for (let i = 0; i < n; i++) day = nextDay(day);
  return endOfJakartaDay(day);
}

/** Working days from the day after `from` up to and including the day of `to` (0 when on the same day or before). */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  const last = jakartaDay(to);
  let day = jakartaDay(from);
  let n = 0;
  while (day < last) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) n++;
  }
  return n;
}
