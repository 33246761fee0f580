import { readFile } from "node:fs/promises";
import path from "node:path";
import { attachments } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { BlobStorage } from "@/server/storage/types";
import { DATABASE_FILE, FILES_DIR, MANIFEST_FILE, tableCounts, type BackupManifest } from "./manifest";
import { runPgTool } from "./pg-tools";

/**
 * Restores a backup folder into an empty database (`databaseUrl`, opened as `db`) and the storage the app will
 * use, then checks it: every table has the rows the manifest counted, and every attachment's bytes are back.
 * Throws on the first difference; nothing is restored over existing data (pg_restore stops on a clash).
 */
export async function restoreFrom({ db, databaseUrl, storage, dir }: { db: Db; databaseUrl: string; storage: BlobStorage; dir: string }) {
  const started = Date.now();
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`unknown backup format ${String(manifest.format)}`);
  await runPgTool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${databaseUrl}`,
    path.join(dir, DATABASE_FILE),
  ]);

  const missing = new Set(manifest.files.missing);
  const rows = await db.select({ key: attachments.storageKey, mimeType: attachments.mimeType }).from(attachments);
  let restoredFiles = 0;
  for (const row of rows) {
    if (missing.has(row.key)) continue;
    await storage.put(row.key, new Uint8Array(await readFile(path.join(dir, FILES_DIR, row.key))), row.mimeType);
    restoredFiles++;
  }
  const counts = await tableCounts(db);
  const differ = Object.keys({ ...manifest.counts, ...counts }).filter((table) => manifest.counts[table] !== counts[table]);
  if (differ.length > 0) throw new Error(`restored row counts differ from the backup's in ${differ.join(", ")}`);
  if (restoredFiles !== manifest.files.count) throw new Error(`restored ${restoredFiles} files, the backup holds ${manifest.files.count}`);
  return { counts, files: restoredFiles, seconds: (Date.now() - started) / 1000 };
}
