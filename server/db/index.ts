import { env } from "../env";
import { connect, type DbHandle } from "./connect";
import { runMigrations } from "./migrate";

export type { Db, Tx, Queryable, DriverName } from "./types";
export type { DbHandle } from "./connect";

// One handle per process, opened lazily (next build imports route modules) and kept across dev reloads.
const globalForDb = globalThis as unknown as { sigapDb?: Promise<DbHandle> };

async function open(): Promise<DbHandle> {
  const handle = env.databaseUrl
    ? await connect({ driver: "postgres", url: env.databaseUrl, poolSize: env.databasePoolSize, prepare: env.databasePrepare })
    : await connect({ driver: "pglite", dataDir: env.pgliteDir });
  await runMigrations(handle, env.migrationDatabaseUrl);
  // The embedded database is the demo: seed it the first time it is created.
  if (handle.created && env.demo) {
    const { seedDemo } = await import("./seed");
    await seedDemo(handle.db);
  }
  return handle;
}

/** The process-wide database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function getDb(): Promise<DbHandle> {
  globalForDb.sigapDb ??= open().catch((error: unknown) => {
    globalForDb.sigapDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.sigapDb;
}
