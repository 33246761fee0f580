import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, startApp } from "@/bench/lib/app";
import type { RunningApp } from "@/scripts/lib/app-process";
import { backupTo } from "@/server/backup/backup";
import { tableCounts } from "@/server/backup/manifest";
import { restoreFrom } from "@/server/backup/restore";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { attachments } from "@/server/db/schema";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { makeDomainCtx } from "@/server/domain/context";
import { seedDemo } from "@/server/seed";
import { localStorage } from "@/server/storage/local";
import { jpegWithGps, PDF_BYTES } from "@/tests/helpers/images";

/** npm run db:backup / db:restore, proven by a restore: a seeded database with attachments, backed up, restored into a new one. */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let source: Awaited<ReturnType<typeof createBenchDatabase>>;
let target: Awaited<ReturnType<typeof createBenchDatabase>>;
let from: DbHandle;
let into: DbHandle;
let app: RunningApp | undefined;
const dir = mkdtempSync(path.join(tmpdir(), "sigap-backup-"));
const sourceFiles = localStorage(path.join(dir, "source-uploads"));
const targetFiles = localStorage(path.join(dir, "target-uploads"));
const backupDir = path.join(dir, "backup");

beforeAll(async () => {
  [source, target] = await Promise.all([createBenchDatabase(ADMIN_URL), createBenchDatabase(ADMIN_URL)]);
  from = await connect({ driver: "postgres", url: source.url, poolSize: 2 });
  into = await connect({ driver: "postgres", url: target.url, poolSize: 2 });
  await runMigrations(from, source.url);
  await seedDemo(from.db);
  const [service] = await selectRows<{ id: string }>(from.db, sql`select id from services order by code limit 1`);
  await submitComplaint({
    ctx: makeDomainCtx({ db: from.db, storage: sourceFiles }),
    input: {
      idempotencyKey: "backup_test_with_two_files",
      category: "crowding",
      serviceId: service!.id,
      addressText: "Terminal 3",
      occurredAt: new Date().toISOString(),
      description: "Antrean pemeriksaan e-HAC mengular sampai pintu keberangkatan, tanpa petugas tambahan.",
      language: "id",
      confidential: false,
    },
    files: [
      { name: "antrean.jpg", bytes: await jpegWithGps() },
      { name: "tiket.pdf", bytes: PDF_BYTES },
    ],
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await from?.close();
  await into?.close();
  await Promise.all([source?.drop(), target?.drop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores the same rows and the same attachment bytes into a new database, and the app starts on it healthy", async () => {
    const manifest = await backupTo({ db: from.db, databaseUrl: source.url, storage: sourceFiles, dir: backupDir });
    expect(manifest.files).toMatchObject({ count: 2, missing: [] });
    expect(manifest.counts.complaints).toBeGreaterThan(0);
    console.log(JSON.stringify({ backup: { dumpBytes: manifest.database.bytes, files: manifest.files, seconds: manifest.seconds } }));

    const restored = await restoreFrom({ db: into.db, databaseUrl: target.url, storage: targetFiles, dir: backupDir });
    expect(restored.counts).toEqual(await tableCounts(from.db));
    expect(restored.files).toBe(2);
    for (const row of await from.db.select().from(attachments)) {
      const bytes = await targetFiles.get(row.storageKey);
      expect(bytes && createHash("sha256").update(bytes).digest("hex"), row.originalName).toBe(row.sha256);
    }

    app = await startApp(target.url);
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);
    const board = await fetch(`${app.url}/insiden`);
    expect(board.status).toBe(200);
  });

  it("refuses to write a backup into a folder that holds something, and to restore over existing data", async () => {
    await expect(backupTo({ db: from.db, databaseUrl: source.url, storage: sourceFiles, dir: backupDir })).rejects.toThrow(/not empty/);
    await expect(restoreFrom({ db: into.db, databaseUrl: target.url, storage: targetFiles, dir: backupDir })).rejects.toThrow(/pg_restore exited/);
  });
});
