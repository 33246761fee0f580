import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Queryable } from "@/server/db/types";
import { RESOLVED_OUTCOMES } from "./public-status";

/** Two weeks after a complaint closes as resolved, its reporter is asked whether it really was. */
export const FIXED_CHECK_AFTER_DAYS = 14;

/** The question stays open this long after closing; later the case is history. */
export const FIXED_CHECK_OPEN_DAYS = 90;

export const DAY = 86_400_000;

/** Whether the tracking page should ask "was it really fixed?": closed as resolved, asked, not yet answered. */
export async function isFixedCheckOpen(db: Queryable, c: { id: string; stage: string; outcome: string | null; closedAt: Date | null }, now: Date) {
  if (c.stage !== "closed" || !c.closedAt || !RESOLVED_OUTCOMES.some((o) => o === c.outcome)) return false;
  const age = now.getTime() - c.closedAt.getTime();
  if (age < FIXED_CHECK_AFTER_DAYS * DAY || age > FIXED_CHECK_OPEN_DAYS * DAY) return false;
  const answered = await selectRows(
    db,
    sql`select 1 as hit from audit_log where action = 'complaint.fixed_check' and entity_id = ${c.id} and occurred_at >= ${c.closedAt.toISOString()}::timestamptz limit 1`,
  );
  return answered.length === 0;
}
