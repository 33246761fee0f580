/** One run of days drawn alike on a service's 90-day strip. */
export type DaySegment<D, K extends string> = { kind: K; from: string; to: string; days: D[] };

/**
 * Consecutive days of the same kind as one run: a strip is a handful of elements instead of 90 per service, which
 * kept the board's page to a few hundred elements instead of thousands (and its main thread free on a phone).
 */
export function daySegments<D extends { day: string }, K extends string>(days: readonly D[], kindOf: (d: D) => K): Array<DaySegment<D, K>> {
  const out: Array<DaySegment<D, K>> = [];
  for (const d of days) {
    const kind = kindOf(d);
    const last = out.at(-1);
    if (last && last.kind === kind) {
      last.to = d.day;
      last.days.push(d);
    } else out.push({ kind, from: d.day, to: d.day, days: [d] });
  }
  return out;
}
