import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaints } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs, callerFor } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(() => t.destroy());

describe("counts", () => {
  it("the staff dashboard agrees with counts computed directly in SQL", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    const dashboard = await caller.stats.dashboard();
    const rows = await selectRows<{ stage: string; n: number }>(t.db, sql`select stage, count(*)::int as n from complaints group by stage`);
    for (const r of rows) expect(dashboard.byStage[r.stage as keyof typeof dashboard.byStage]).toBe(r.n);
    expect(dashboard.total).toBe(rows.reduce((s, r) => s + r.n, 0));
    expect(dashboard.open).toBe(dashboard.total - dashboard.byStage.closed);
  });

  it("counts a complaint as overdue only when its deadline has passed and it is still open", async () => {
    const { caller } = await callerAs(t.db, "admin");
    const overdueSql = async () =>
      (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints where stage <> 'closed' and due_at < now()`))[0]!.n;
    const before = (await caller.stats.dashboard()).overdue;
    expect(before).toBe(await overdueSql());
    expect(before).toBeGreaterThan(3); // the 2020 reports are long past their deadlines
    await t.db.execute(sql`update ${complaints} set due_at = now() + interval '1 day'
      where id in (select id from complaints where stage <> 'closed' and due_at < now() limit 3)`);
    await t.db.execute(sql`update ${complaints} set due_at = now() - interval '1 day' where stage = 'closed'`);
    expect((await caller.stats.dashboard()).overdue).toBe(before - 3);
  });

  it("the public summary adds up to the total", async () => {
    const s = await callerFor(t.db, null).stats.publicSummary();
    expect(s.total).toBe(200);
    const other = s.total - s.received - s.inVerification - s.inExamination - s.closed;
    expect(other).toBe(0);
  });
});
