// Jakarta has no daylight saving: a fixed +07:00 offset is exact.
const OFFSET_MS = 7 * 3600_000;

/** W3C date-time in Asia/Jakarta, e.g. 2020-12-19T09:41:00+07:00, as Open311 clients expect. */
export function toJakartaIso(date: Date): string {
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}
