import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/server/db/rows";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

// The public cache's counters move once per statement and kind (0025), not once per changed row (0016).
let t: TestDb;

type Counters = { incidents: number; reports: number; catalog: number; counts: number };

async function counters(): Promise<Counters> {
  const rows = await selectRows<{ tag: string; version: string | number | null }>(
    t.db,
    sql`select tag, version from public_cache_tags union all select 'counts', count(*) from public_count_changes`,
  );
  const byTag = Object.fromEntries(rows.map((r) => [r.tag, Number(r.version ?? 0)]));
  return { incidents: byTag.incidents ?? 0, reports: byTag.reports ?? 0, catalog: byTag.catalog ?? 0, counts: byTag.counts ?? 0 };
}

async function moved(change: () => Promise<unknown>): Promise<Counters> {
  const before = await counters();
  await change();
  const after = await counters();
  return {
    incidents: after.incidents - before.incidents,
    reports: after.reports - before.reports,
    catalog: after.catalog - before.catalog,
    counts: after.counts - before.counts,
  };
}

describe("public cache triggers", () => {
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.execute(sql`
      insert into incidents (code, title_id, is_public)
      select 'INC-T' || lpad(g::text, 5, '0'), 'Insiden ' || g, g % 4 <> 0 from generate_series(1, 2000) g`);
  });
  afterAll(async () => t.destroy());

  it("moves the incidents counter once for a statement that changes 2,000 incidents, and appends no count change", async () => {
    expect(await moved(() => t.db.execute(sql`update incidents set title_id = title_id || '!' where code like 'INC-T%'`))).toEqual({
      incidents: 1,
      reports: 0,
      catalog: 0,
      counts: 0,
    });
  });

  it("appends one count change for a statement that moves only the counts of public incidents", async () => {
    expect(await moved(() => t.db.execute(sql`update incidents set report_count = report_count + 1 where code like 'INC-T%'`))).toEqual({
      incidents: 0,
      reports: 0,
      catalog: 0,
      counts: 1,
    });
  });

  it("moves nothing for a statement that changes no row, or only private incidents", async () => {
    expect(await moved(() => t.db.execute(sql`update incidents set title_id = 'x' where code = 'no-such-code'`))).toEqual({
      incidents: 0,
      reports: 0,
      catalog: 0,
      counts: 0,
    });
    expect(await moved(() => t.db.execute(sql`update incidents set title_id = title_id || '?' where not is_public and code like 'INC-T%'`))).toEqual({
      incidents: 0,
      reports: 0,
      catalog: 0,
      counts: 0,
    });
    expect(await moved(() => t.db.execute(sql`delete from places where slug = 'no-such-place'`))).toEqual({
      incidents: 0,
      reports: 0,
      catalog: 0,
      counts: 0,
    });
  });

  it("moves each counter once per transaction, at commit, and leaves nothing pending", async () => {
    const inside: Counters[] = [];
    const delta = await moved(() =>
      t.db.transaction(async (tx) => {
        await tx.execute(sql`update incidents set title_id = title_id || '.' where code like 'INC-T0%'`);
        await tx.execute(sql`update incidents set summary_id = 'ringkasan' where code like 'INC-T1%'`);
        await tx.execute(
          sql`insert into places (slug, name, lat, lng) values ('trigger-test-a', 'A', -6.1, 106.6), ('trigger-test-b', 'B', -6.2, 106.7)`,
        );
        const rows = await selectRows<{ version: number }>(tx, sql`select version from public_cache_tags where tag = 'incidents'`);
        inside.push({ incidents: Number(rows[0]?.version), reports: 0, catalog: 0, counts: 0 });
      }),
    );
    expect(delta).toEqual({ incidents: 1, reports: 0, catalog: 1, counts: 0 });
    // Not moved before the commit: the counter row is locked for the commit's instant only.
    const after = await counters();
    expect(inside[0]?.incidents).toBe(after.incidents - 1);
    expect(await selectRows(t.db, sql`select * from public_tags_pending`)).toEqual([]);
  });

  it("moves nothing when the transaction rolls back", async () => {
    const delta = await moved(() =>
      t.db
        .transaction(async (tx) => {
          await tx.execute(sql`update incidents set title_id = title_id || '#' where code like 'INC-T%'`);
          throw new Error("rollback");
        })
        .catch(() => undefined),
    );
    expect(delta).toEqual({ incidents: 0, reports: 0, catalog: 0, counts: 0 });
  });

  it("counts one change for a statement that files many reports", async () => {
    const delta = await moved(() =>
      t.db.execute(sql`
        insert into complaints (tracking_code, idempotency_key, category, description, stage, occurred_at, created_at, updated_at, stage_changed_at)
        select 'TRGT-' || lpad(g::text, 4, '0') || '-ZZ', 'trigger-test-' || g, 'crowding', 'Antrean panjang di loket ' || g, 'received', now(), now(), now(), now()
        from generate_series(1, 50) g`),
    );
    expect(delta).toEqual({ incidents: 0, reports: 0, catalog: 0, counts: 1 });
  });
});
