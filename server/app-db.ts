import { connect, type DbHandle } from "./db/connect";
import { runMigrations } from "./db/migrate";
import { env } from "./env";
import { log } from "./log";
import { databaseErrorCode } from "./db/unavailable";

// One handle per process, opened lazily (next build imports route modules) and kept across dev reloads.
const globalForDb = globalThis as unknown as { sigapDb?: Promise<DbHandle> };

async function open(): Promise<DbHandle> {
  const handle = env.databaseUrl
    ? await connect({
        driver: "postgres",
        url: env.databaseUrl,
        poolSize: env.databasePoolSize,
        prepare: env.databasePrepare,
        replicaUrl: env.databaseReplicaUrl,
        onReplicaDown: (error) =>
          log.warn({ code: databaseErrorCode(error) }, "read replica did not answer; public reads go to the primary for a few seconds"),
      })
    : await connect({ driver: "pglite", dataDir: env.pgliteDir });
  await runMigrations(handle, env.migrationDatabaseUrl);
  // The embedded database is the demo: seed it the first time it is created. The seed drives the domain's verbs,
  // so it is loaded here, above the database layer, and only when needed.
  if (handle.created && env.demo) {
    const { seedDemo } = await import("./seed");
    await seedDemo(handle.db);
    // The demo's first triage model, before the first request: otherwise the job trains it while people start
    // clicking, and the first reports get no suggestions.
    const [{ trainTriageModel }, { makeDomainCtx }] = await Promise.all([import("./domain/triage/train-model"), import("./domain/context")]);
    await trainTriageModel({ ctx: makeDomainCtx({ db: handle.db }) });
  }
  return handle;
}

/** The app's database for this process: PostgreSQL when DATABASE_URL is set, else embedded PGlite (the demo). */
export function getDb(): Promise<DbHandle> {
  globalForDb.sigapDb ??= open().catch((error: unknown) => {
    globalForDb.sigapDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.sigapDb;
}
