import type { SQL } from "drizzle-orm";
import type { Queryable } from "./types";

/** Runs raw SQL and returns its rows the same way on both drivers (postgres.js answers an array, PGlite `{ rows }`). */
export async function selectRows<T extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute<T>(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
