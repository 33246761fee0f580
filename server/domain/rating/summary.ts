import { sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Queryable } from "@/server/db/types";
import { MIN_CELL } from "@/server/domain/open-data/datasets";
import type { RatingSummary } from "./schemas";

type Row = { key: string; n: number; s1: number; s2: number; s3: number; s4: number; s5: number; average: number | null };

/** Ratings summed per group (`key`), over the complaints `where` selects (alias `c`); the small-group rule applied. */
export async function ratingSummaries(db: Queryable, key: SQL, where: SQL = sql`true`): Promise<Map<string, RatingSummary>> {
  const rows = await selectRows<Row>(
    db,
    sql`select ${key} as key, count(*)::int as n,
          count(*) filter (where r.score = 1)::int as s1, count(*) filter (where r.score = 2)::int as s2,
          count(*) filter (where r.score = 3)::int as s3, count(*) filter (where r.score = 4)::int as s4,
          count(*) filter (where r.score = 5)::int as s5, avg(r.score)::float8 as average
        from complaint_ratings r join complaints c on c.id = r.complaint_id
        where ${where} group by 1`,
  );
  return new Map(rows.map((r) => [r.key, summaryOf(r)]));
}

export function summaryOf(r: Pick<Row, "n" | "s1" | "s2" | "s3" | "s4" | "s5" | "average"> | undefined): RatingSummary {
  if (!r || r.n < MIN_CELL) return { count: r?.n ?? 0, average: null, distribution: null };
  return { count: r.n, average: Math.round((r.average ?? 0) * 10) / 10, distribution: [r.s1, r.s2, r.s3, r.s4, r.s5] };
}

/** All ratings of the complaints `where` selects, as one summary. */
export async function ratingSummary(db: Queryable, where: SQL = sql`true`): Promise<RatingSummary> {
  return (await ratingSummaries(db, sql`'all'`, where)).get("all") ?? summaryOf(undefined);
}
