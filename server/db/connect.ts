import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm/logger";
import { preparingClient } from "./prepared-client";
import { replicaFirstClient } from "./replica-client";
import * as schema from "./schema";
import type { Db, DriverName } from "./types";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

export type DbHandle = {
  db: Db;
  /** Where public reads go: a streaming replica (falling back to the primary) when one is configured, else `db`. */
  readDb: Db;
  driver: DriverName;
  close(): Promise<void>;
  /** True when this open created the embedded database folder. */
  created: boolean;
  /** The embedded client itself, for the job queue (it shares the one PGlite connection). */
  pglite?: PGlite;
  /** Applies drizzle-kit's migrations on this connection with the driver's own migrator (migrate.ts takes the lock). */
  applyMigrations(migrationsFolder: string): Promise<void>;
};

export type ConnectOptions =
  | {
      driver: "postgres";
      url: string;
      poolSize?: number;
      logger?: Logger;
      /** Prepared statements (the default); off behind a transaction-pooling PgBouncer. */
      prepare?: boolean;
      /** A streaming replica for public reads (DATABASE_REPLICA_URL). */
      replicaUrl?: string;
      /** Told when the replica failed a read and reads go to the primary for a while. */
      onReplicaDown?: (error: unknown) => void;
    }
  | { driver: "pglite"; dataDir?: string; loadDataDir?: Blob };

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
  ]);
  return PGlite.create(dataDir, { extensions: { pg_trgm, unaccent }, loadDataDir });
}

/** Opens a connection; the rest of the code sees only `Db`. */
export async function connect(options: ConnectOptions): Promise<DbHandle> {
  if (options.driver === "postgres") {
    const [{ default: postgres }, { drizzle }] = await Promise.all([import("postgres"), import("drizzle-orm/postgres-js")]);
    const open = (url: string, name: string) =>
      postgres(url, {
        max: options.poolSize ?? 10,
        onnotice: () => {},
        // A restarting server must not hold requests for postgres.js's default 30 s: fail fast, the caller retries.
        connect_timeout: 2,
        // postgres.js counts failed connects across the whole pool and waits up to 20 s before the next: one
        // restart's burst of errors would park queries that long. Reconnect within a second instead.
        backoff: (retries: number) => Math.min(0.1 * 2 ** retries, 1) * (0.5 + Math.random() / 2),
        connection: { application_name: name },
      });
    const prepared = (c: ReturnType<typeof open>) => (options.prepare === false ? c : preparingClient(c));
    const typedOrm = (c: ReturnType<typeof open>) => drizzle({ client: c, schema, casing: "snake_case", logger: options.logger });
    const orm = (c: ReturnType<typeof open>) => typedOrm(c) as unknown as Db;
    const client = open(options.url, "sigap");
    const typed = typedOrm(prepared(client));
    const db = typed as unknown as Db;
    const applyMigrations = async (migrationsFolder: string) => {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      await migrate(typed, { migrationsFolder });
    };
    if (!options.replicaUrl) return { db, readDb: db, driver: "postgres", created: false, applyMigrations, close: () => client.end({ timeout: 5 }) };
    const replica = open(options.replicaUrl, "sigap-replica-reads");
    const readDb = orm(replicaFirstClient(prepared(replica), prepared(client), options.onReplicaDown));
    return {
      db,
      readDb,
      driver: "postgres",
      created: false,
      applyMigrations,
      close: () => Promise.all([client.end({ timeout: 5 }), replica.end({ timeout: 5 })]).then(() => undefined),
    };
  }
  const created = options.dataDir !== undefined && !existsSync(path.join(options.dataDir, "PG_VERSION"));
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await openPglite(options.dataDir, options.loadDataDir);
  const { drizzle } = await import("drizzle-orm/pglite");
  const typed = drizzle({ client, schema, casing: "snake_case" });
  const db = typed as unknown as Db;
  const applyMigrations = async (migrationsFolder: string) => {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(typed, { migrationsFolder });
  };
  return { db, readDb: db, driver: "pglite", created, pglite: client, applyMigrations, close: () => client.close() };
}
