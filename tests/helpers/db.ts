import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { connect, type DbHandle } from "@/server/db/connect";
import { databaseUrl } from "./pg-url";

export type TestDb = DbHandle & { destroy(): Promise<void>; /** Set for PostgreSQL: the throwaway database's address. */ url?: string };

/** A fresh, migrated database for one test file: a PGlite clone in memory, or a throwaway PostgreSQL database. */
export async function createTestDb(): Promise<TestDb> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `sigap_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${name} template ${inject("pgTemplate")}`);
    } finally {
      await admin.end();
    }
    const url = databaseUrl(pgUrl, name);
    const handle = await connect({ driver: "postgres", url, poolSize: 5 });
    return {
      ...handle,
      url,
      async destroy() {
        await handle.close();
        const drop = postgres(pgUrl, { max: 1, onnotice: () => {} });
        await drop.unsafe(`drop database if exists ${name} with (force)`);
        await drop.end();
      },
    };
  }
  const template = new Blob([readFileSync(inject("pgliteTemplate"))]);
  const handle = await connect({ driver: "pglite", loadDataDir: template });
  return { ...handle, destroy: () => handle.close() };
}
