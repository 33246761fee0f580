import { sql, type SQL } from "drizzle-orm";
import { JAKARTA_TIME_ZONE } from "@/server/i18n/jakarta-time";

const ZONE = sql.raw(`'${JAKARTA_TIME_ZONE}'`);

/** An instant (timestamptz) as Jakarta's wall clock, for grouping by its hour, day, month or quarter. */
export function inJakarta(instant: SQL): SQL {
  return sql`(${instant} at time zone ${ZONE})`;
}

/** The instant a Jakarta calendar date begins; `day` is a date parameter or expression. */
export function jakartaMidnight(day: SQL | string): SQL {
  return sql`((${day})::date::timestamp at time zone ${ZONE})`;
}
