import type { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";
import bossPackage from "pg-boss/version.json";
import { sql } from "drizzle-orm";
import { selectRows } from "./rows";
import type { Db } from "./types";
import { log } from "@/server/log";

/** The queue schema this pg-boss creates and migrates up to. */
const BOSS_SCHEMA_VERSION: number = bossPackage.schema;

/**
 * pg-boss 10 reaches a database through `executeSql`. PGlite runs a statement with parameters through
 * `query`, and a script of several statements (pg-boss's schema and its migrations) only through `exec`.
 */
export function pgBossOverPglite(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values?.length) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/**
 * Sigap ran on pg-boss 12 until it went back to the line that supports Node 20. pg-boss never migrates
 * down, and 10 cannot read 12's queue schema. Every Sigap job is a tick without a payload whose work is
 * found again in Sigap's own tables (outbox rows, pending complaints, deadlines), so a newer queue schema
 * is dropped, and pg-boss makes its own again, without losing anything.
 */
export async function dropNewerQueueSchema(db: Db): Promise<boolean> {
  const [table] = await selectRows<{ found: boolean }>(db, sql`select to_regclass('pgboss.version') is not null as found`);
  if (!table?.found) return false;
  const [row] = await selectRows<{ version: number }>(db, sql`select version from pgboss.version`);
  if (!row || Number(row.version) <= BOSS_SCHEMA_VERSION) return false;
  log.warn({ found: Number(row.version), supported: BOSS_SCHEMA_VERSION }, "jobs: dropping a newer pg-boss queue schema (it holds no payloads)");
  await db.execute(sql`drop schema pgboss cascade`);
  return true;
}
