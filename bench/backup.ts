// npm run bench:backup: npm run db:backup / db:restore timed on the demo database and on one with
// BENCH_BACKUP_COMPLAINTS (100,000) generated reports beside it. Figures in bench/results/backup.json.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { backupTo } from "@/server/backup/backup";
import { restoreFrom } from "@/server/backup/restore";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { seedDemo } from "@/server/seed";
import { localStorage } from "@/server/storage/local";
import { createBenchDatabase, root } from "./lib/app";
import { generateComplaints } from "./lib/generate-complaints";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const GENERATED = Number(process.env.BENCH_BACKUP_COMPLAINTS ?? 100_000);

async function measure(label: string, generated: number) {
  const [source, target] = await Promise.all([createBenchDatabase(ADMIN_URL), createBenchDatabase(ADMIN_URL)]);
  const dir = mkdtempSync(path.join(tmpdir(), "sigap-bench-backup-"));
  const from = await connect({ driver: "postgres", url: source.url, poolSize: 2 });
  const into = await connect({ driver: "postgres", url: target.url, poolSize: 2 });
  try {
    await runMigrations(from, source.url);
    await seedDemo(from.db);
    if (generated > 0) await generateComplaints(source.url, { complaints: generated, incidents: Math.ceil(generated / 20) });
    const storage = localStorage(path.join(dir, "uploads"));
    const manifest = await backupTo({ db: from.db, databaseUrl: source.url, storage, dir: path.join(dir, "backup") });
    const restored = await restoreFrom({
      db: into.db,
      databaseUrl: target.url,
      storage: localStorage(path.join(dir, "restored")),
      dir: path.join(dir, "backup"),
    });
    const result = {
      label,
      complaints: manifest.counts.complaints,
      dumpBytes: manifest.database.bytes,
      files: manifest.files.count,
      backupSeconds: Number(manifest.seconds.toFixed(2)),
      restoreSeconds: Number(restored.seconds.toFixed(2)),
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await from.close();
    await into.close();
    await Promise.all([source.drop(), target.drop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [await measure("demo", 0), await measure(`demo + ${GENERATED} generated`, GENERATED)];
const out = {
  when: new Date().toISOString(),
  note: "pg_dump custom format, files through the storage interface; restore includes the checks",
  results,
};
writeFileSync(path.join(root, "bench/results/backup.json"), JSON.stringify(out, null, 2) + "\n");
