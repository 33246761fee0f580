import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, connect, type DbHandle } from "./connect";

// Any fixed number: serialises migrations when several app instances start at once.
const MIGRATION_LOCK_KEY = 73_112_020;

/** Applies the committed drizzle-kit migrations; the same SQL on both drivers. */
export async function runMigrations(handle: DbHandle, postgresUrl?: string): Promise<void> {
  if (handle.driver === "pglite") {
    await handle.applyMigrations(MIGRATIONS_FOLDER);
    return;
  }
  if (!postgresUrl) throw new Error("runMigrations: the PostgreSQL URL is needed to take the migration lock");
  // A session-level advisory lock needs one connection for the whole run.
  const single = await connect({ driver: "postgres", url: postgresUrl, poolSize: 1 });
  try {
    await single.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await single.applyMigrations(MIGRATIONS_FOLDER);
    } finally {
      await single.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await single.close();
  }
}
