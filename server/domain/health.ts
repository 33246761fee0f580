import { sql } from "drizzle-orm";
import type { DbHandle } from "@/server/db";

export type Health = { status: "ok"; database: "pglite" | "postgres" } | { status: "error"; database: string };

const TIMEOUT_MS = 3000;

/** Asks the database for `select 1`, bounded in time so a hung database answers "error" rather than hanging. */
export async function checkHealth(openDb: () => Promise<DbHandle>): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database timeout")), TIMEOUT_MS);
  });
  try {
    const handle = await Promise.race([openDb(), timeout]);
    await Promise.race([handle.db.execute(sql`select 1`), timeout]);
    return { status: "ok", database: handle.driver };
  } catch {
    return { status: "error", database: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
