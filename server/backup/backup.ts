import { createHash } from "node:crypto";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { attachments } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { BlobStorage } from "@/server/storage/types";
import { DATABASE_FILE, FILES_DIR, latestMigration, MANIFEST_FILE, tableCounts, type BackupManifest } from "./manifest";
import { runPgTool } from "./pg-tools";

/**
 * A backup in `dir` (new or empty): the database as pg_dump's custom format, then every attachment's bytes read
 * through the storage the app uses (a local folder or S3) under files/, each checked against its recorded sha256,
 * then manifest.json with the row counts. The dump is one consistent snapshot; files come after it, so every row
 * in the dump has its file unless it was already missing (listed in the manifest).
 */
export async function backupTo({
  db,
  databaseUrl,
  storage,
  dir,
}: {
  db: Db;
  databaseUrl: string;
  storage: BlobStorage;
  dir: string;
}): Promise<BackupManifest> {
  const started = Date.now();
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: a backup goes into a new folder`);
  const dumpFile = path.join(dir, DATABASE_FILE);
  await runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${dumpFile}`, `--dbname=${databaseUrl}`]);
  const [counts, migration] = await Promise.all([tableCounts(db), latestMigration(db)]);

  const rows = await db.select({ key: attachments.storageKey, sha256: attachments.sha256 }).from(attachments);
  let bytes = 0;
  const missing: string[] = [];
  for (const row of rows) {
    const data = await storage.get(row.key);
    if (!data || createHash("sha256").update(data).digest("hex") !== row.sha256) {
      missing.push(row.key);
      continue;
    }
    const file = path.join(dir, FILES_DIR, row.key);
    if (!file.startsWith(path.join(dir, FILES_DIR) + path.sep)) throw new Error(`storage key escapes the backup: ${row.key}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    bytes += data.byteLength;
  }
  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date(started).toISOString(),
    migration,
    database: { file: DATABASE_FILE, bytes: (await stat(dumpFile)).size },
    files: { count: rows.length - missing.length, bytes, missing },
    counts,
    seconds: (Date.now() - started) / 1000,
  };
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return manifest;
}
