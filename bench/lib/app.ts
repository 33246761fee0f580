import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startBuiltApp, type RunningApp } from "@/scripts/lib/app-process";
import type { Db } from "@/server/db/types";
import { makeDomainCtx } from "@/server/domain/context";
import { trainTriageModel } from "@/server/domain/triage/train-model";
import { seedDemo } from "@/server/seed";

export { root } from "@/scripts/lib/app-process";

/** A fresh database on the benchmark's PostgreSQL server, dropped by the returned function. */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sigap_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** The built app on `databaseUrl`, outside demo mode. */
const BENCH_SECRET = randomBytes(32).toString("base64url");

export function startApp(databaseUrl: string, env: Record<string, string> = {}, port?: number): Promise<RunningApp> {
  return startBuiltApp({ DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_SECRET, SIGAP_DEMO: "false", ...env }, 60_000, port);
}

/**
 * The demo data with a current triage model, as a deployed system has one: else the app's job trains the first
 * model while a benchmark measures it.
 */
export async function seedWithModel(db: Db, options: { story?: boolean } = {}) {
  const seeded = await seedDemo(db, options);
  await trainTriageModel({ ctx: makeDomainCtx({ db }) });
  return seeded;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 100) / 100;
}
