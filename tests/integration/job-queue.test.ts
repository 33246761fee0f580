import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/server/db/rows";
import { mailboxSender } from "@/server/domain/notification/mail-sender";
import { QUEUES, startJobWorker } from "@/server/jobs/worker";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

const start = () => startJobWorker({ handle: t, databaseUrl: t.url, send: mailboxSender, baseUrl: "http://sigap.test" });
const version = async () => (await selectRows<{ version: number }>(t.db, sql`select version from pgboss.version`))[0]?.version;
const queued = async (name: string) =>
  (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from pgboss.job where name = ${name}`))[0]!.n;

describe("the job queue's own schema", () => {
  it("replaces a queue schema left by a newer pg-boss (12's is version 46), which this one cannot read, and then runs", async () => {
    // What pg-boss 12 leaves behind, as far as this pg-boss looks: a version it does not know and tables of another shape.
    await t.db.execute(sql`create schema pgboss`);
    await t.db.execute(sql`create table pgboss.version (version int primary key, maintained_on timestamptz, cron_on timestamptz)`);
    await t.db.execute(sql`insert into pgboss.version (version) values (46)`);
    await t.db.execute(sql`create table pgboss.job (id uuid primary key, name text, payload_v12 jsonb)`);

    const boss = await start();
    try {
      expect(await version()).toBe(24);
      // The worker queued its first ticks in the new schema and works them.
      expect(await queued(QUEUES.cluster)).toBeGreaterThan(0);
      expect(await boss.getQueueSize(QUEUES.mail)).toEqual(expect.any(Number));
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
  });

  it("keeps its own schema, and the jobs in it, when it starts again", async () => {
    const before = await queued(QUEUES.cluster);
    expect(before).toBeGreaterThan(0);
    const boss = await start();
    try {
      expect(await version()).toBe(24);
      expect(await queued(QUEUES.cluster)).toBeGreaterThanOrEqual(before);
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
  });
});
