import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/** Counters for rate-limiter-flexible's Drizzle store: shared by every app instance. */
// Unlogged (migration 0009): losing the counters in a crash only resets quotas.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamptz(),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);
