import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

/** Row count and a digest of every row of every table in the public schema. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await selectRows<{ table_name: string }>(
    t.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await selectRows<{ n: number; digest: string | null }>(
      t.db,
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as digest from ${sql.identifier(table_name)} x`,
    );
    out[table_name] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

describe("demo seed", () => {
  it("loads the e-HAC scenario and is idempotent", async () => {
    const first = await seedDemo(t.db);
    expect(first.complaintsInserted).toBe(200);
    const before = await snapshot();
    const second = await seedDemo(t.db);
    expect(second.complaintsInserted).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("has mostly e-HAC reports from 19–20 Dec 2020 at Terminals 2 and 3, and unrelated background", async () => {
    const rows = await selectRows<{ code: string; n: number }>(
      t.db,
      sql`
      select s.code, count(*)::int as n
      from complaints c join services s on s.id = c.service_id group by s.code`,
    );
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r.n]));
    expect(byCode.ehac).toBeGreaterThan(100);
    expect(byCode["krl-commuter"]).toBeGreaterThan(0);
    expect(byCode["ktp-el"]).toBeGreaterThan(0);
    const [surge] = await selectRows<{ n: number }>(
      t.db,
      sql`
      select count(*)::int as n from complaints c join places p on p.id = c.place_id
      where p.slug in ('cgk-terminal-2', 'cgk-terminal-3')
        and c.occurred_at >= '2020-12-19T00:00:00+07:00' and c.occurred_at < '2020-12-21T00:00:00+07:00'`,
    );
    expect(surge!.n).toBeGreaterThanOrEqual(150);
  });

  it("gives every complaint a unique, non-sequential tracking code and a stage history ending at its stage", async () => {
    const rows = await selectRows<{ tracking_code: string; stage: string; last_stage: string }>(
      t.db,
      sql`
      select c.tracking_code, c.stage,
        (select e.to_stage from complaint_stage_events e where e.complaint_id = c.id order by e.created_at desc limit 1) as last_stage
      from complaints c order by c.created_at`,
    );
    expect(new Set(rows.map((r) => r.tracking_code)).size).toBe(rows.length);
    for (const r of rows) expect(r.last_stage).toBe(r.stage);
    // In filing order the codes are not sorted: they carry no sequence.
    const codes = rows.map((r) => r.tracking_code);
    expect([...codes].sort()).not.toEqual(codes);
  });

  it("keeps reporter identity out of the complaints table", async () => {
    const cols = await selectRows<{ column_name: string }>(
      t.db,
      sql`select column_name from information_schema.columns where table_name = 'complaints'`,
    );
    const names = cols.map((c) => c.column_name);
    for (const personal of ["name", "email", "phone", "reporter_name", "reporter_email"]) expect(names).not.toContain(personal);
    const [contacts] = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaint_contacts`);
    expect(contacts!.n).toBeGreaterThan(50);
  });
});

describe("demo story", () => {
  it("confirms the e-HAC outage with public updates, a Kemenkes answer and statement, and a published report whose recommendations were followed up", async () => {
    await seedDemo(t.db);
    const [incident] = await selectRows<{ id: string; state: string; public_status: string; is_public: boolean; report_count: number }>(
      t.db,
      sql`select i.id, i.state, i.public_status, i.is_public, i.report_count from incidents i join services s on s.id = i.service_id where s.code = 'ehac' order by i.report_count desc limit 1`,
    );
    expect(incident).toMatchObject({ state: "confirmed", public_status: "resolved", is_public: true });
    expect(incident!.report_count).toBeGreaterThan(100);
    const updates = await selectRows<{ status: string; by_agency: boolean }>(
      t.db,
      sql`select status, agency_id is not null as by_agency from incident_updates where incident_id = ${incident!.id} order by created_at`,
    );
    expect(updates.filter((u) => !u.by_agency).map((u) => u.status)).toEqual(["investigating", "identified", "monitoring", "resolved"]);
    expect(updates.filter((u) => u.by_agency)).toHaveLength(1);
    const [request] = await selectRows<{ status: string }>(t.db, sql`select status from clarification_requests where incident_id = ${incident!.id}`);
    expect(request!.status).toBe("answered");
    const recs = await selectRows<{ status: string }>(
      t.db,
      sql`select r.status from recommendations r join evaluation_reports e on e.id = r.report_id where e.status = 'published' order by r.ordinal`,
    );
    expect(recs.map((r) => r.status)).toEqual(["partially_implemented", "implemented"]);
    // The story's mail is history, not news: nothing waits to be sent.
    const [mail] = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from outbox`);
    expect(mail!.n).toBe(0);
  });
});
