import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Queryable } from "@/server/db/types";
import { oneRow } from "@/server/db/one-row";

/** What a backup folder holds, written last: a folder without it is not a finished backup. */
export type BackupManifest = {
  format: 1;
  createdAt: string;
  /** The newest migration applied when it was taken: restore it with the same code or newer. */
  migration: string | null;
  database: { file: "database.dump"; bytes: number };
  files: { count: number; bytes: number; missing: string[] };
  /** Rows in each table, to check a restore against. */
  counts: Record<string, number>;
  seconds: number;
};

export const MANIFEST_FILE = "manifest.json";
export const DATABASE_FILE = "database.dump";
export const FILES_DIR = "files";

/** Rows in every table of the public schema (exact counts: a backup is checked against them). */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const tables = await selectRows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = oneRow(await selectRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`));
    counts[name] = row.n;
  }
  return counts;
}

/** The newest migration drizzle recorded, or null on a database it never migrated. */
export async function latestMigration(db: Queryable): Promise<string | null> {
  const [row] = await selectRows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`).catch(
    () => [] as Array<{ hash: string }>,
  );
  return row?.hash ?? null;
}
