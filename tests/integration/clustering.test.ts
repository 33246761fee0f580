import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaints, incidents } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { clusterPendingComplaints } from "@/server/domain/incident/cluster-pending";
import { mailboxSender } from "@/server/domain/notification/mail-sender";
import { startJobWorker } from "@/server/jobs/worker";
import { createComplaint, fileComplaint } from "@/tests/helpers/complaints";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
});
afterAll(() => t.destroy());

const idOf = async (table: "services" | "places", key: string) =>
  (
    await selectRows<{ id: string }>(
      t.db,
      sql`select id from ${sql.identifier(table)} where ${sql.identifier(table === "services" ? "code" : "slug")} = ${key}`,
    )
  )[0]!.id;

describe("surge clustering", () => {
  it("groups the demo data's e-HAC surge into one incident and leaves unrelated reports out", async () => {
    const rows = await selectRows<{ code: string; incident_code: string | null; n: number }>(
      t.db,
      sql`select s.code, i.code as incident_code, count(*)::int as n
          from complaints c join services s on s.id = c.service_id left join incidents i on i.id = c.incident_id
          group by 1, 2 order by 1, 2`,
    );
    const ehac = rows.filter((r) => r.code === "ehac");
    expect(ehac).toHaveLength(1); // every e-HAC report in the same single incident
    expect(ehac[0]!.incident_code).toMatch(/^INC-/);
    expect(ehac[0]!.n).toBeGreaterThan(100);
    for (const r of rows.filter((r) => r.code !== "ehac")) expect(r.incident_code).toBeNull();

    const [incident] = await t.db.select().from(incidents);
    expect(await t.db.select().from(incidents)).toHaveLength(1);
    expect(incident).toMatchObject({ state: "candidate", detectedBySurge: true, reportCount: ehac[0]!.n });
    // First report before 06:00 WIB on 19 Dec, last on 20 Dec.
    expect(incident!.firstReportAt!.toISOString() < "2020-12-19T00:00:00Z").toBe(true);
    expect(incident!.lastReportAt!.toISOString() > "2020-12-20T00:00:00Z").toBe(true);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "incident.surge_detected"));
    expect(audit).toHaveLength(1);
  });

  it("links a new report on the same service and place to the open incident, and only suggests a weaker match", async () => {
    const ehac = await idOf("services", "ehac");
    const covidTest = await idOf("services", "kemenkes-covid-test");
    const t3 = await idOf("places", "cgk-terminal-3");
    const [incident] = await t.db.select().from(incidents);
    const at = new Date(incident!.lastReportAt!.getTime() + 30 * 60_000);

    const strong = await createComplaint(t.db, { serviceId: ehac, placeId: t3 }, at);
    expect(strong.incidentId).toBe(incident!.id);
    const [linked] = await t.db.select().from(complaints).where(eq(complaints.id, strong.complaintId));
    expect(linked!.incidentScore).toBeGreaterThanOrEqual(0.7);

    // Same ministry, another service, no place: a suggestion for an investigator, not a link.
    const weak = await createComplaint(
      t.db,
      { serviceId: covidTest, description: "QR e-HAC tidak terbaca, petugas kesehatan meminta formulir kertas lagi." },
      at,
    );
    expect(weak.incidentId).toBeNull();
    const [suggested] = await t.db.select().from(complaints).where(eq(complaints.id, weak.complaintId));
    expect(suggested!.suggestedIncidentId).toBe(incident!.id);
    expect(suggested!.suggestedScore).toBeGreaterThanOrEqual(0.45);
    expect(suggested!.suggestedScore).toBeLessThan(0.7);
  });

  it("opens a candidate incident when a quiet service suddenly gets many reports", async () => {
    const ktp = await idOf("services", "ktp-el");
    const base = new Date("2026-03-02T02:00:00Z");
    const results = [];
    for (let i = 0; i < 10; i++) {
      results.push(await createComplaint(t.db, { serviceId: ktp, category: "service_refused" }, new Date(base.getTime() + i * 4 * 60_000)));
    }
    expect(results.slice(0, 9).every((r) => r.incidentId === null)).toBe(true);
    const surge = results[9]!.incidentId;
    expect(surge).toBeTruthy();
    const members = await t.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.incidentId, surge!));
    expect(members.map((m) => m.id).sort()).toEqual(results.map((r) => r.complaintId).sort());
    // The next report joins it rather than opening another.
    const next = await createComplaint(t.db, { serviceId: ktp, category: "service_refused" }, new Date(base.getTime() + 45 * 60_000));
    expect(next.incidentId).toBe(surge);
  });

  it("leaves intake's reports to the clustering job, which places a burst in batches and counts each once", async () => {
    const krl = await idOf("services", "krl-commuter");
    const base = new Date("2026-04-06T00:30:00Z");
    const filed = [];
    for (let i = 0; i < 14; i++)
      filed.push(await fileComplaint(t.db, { serviceId: krl, category: "crowding" }, new Date(base.getTime() + i * 60_000)));
    expect(filed.every((f) => f.incidentId === null)).toBe(true);
    const waiting = await t.db.select().from(complaints).where(eq(complaints.needsClustering, true));
    expect(waiting.map((c) => c.id).sort()).toEqual(filed.map((f) => f.complaintId).sort());
    expect(waiting.every((c) => c.incidentId === null)).toBe(true);

    // Six at a time, oldest first: the tenth report trips the surge detector, which gathers the nine before it.
    expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }), input: { limit: 6 } })).toMatchObject({ placed: 6, more: true });
    expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }), input: { limit: 6 } })).toMatchObject({ placed: 6, more: true });
    expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }), input: { limit: 6 } })).toMatchObject({
      placed: 2,
      linked: 2,
      more: false,
    });
    expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }), input: { limit: 6 } })).toMatchObject({ placed: 0, more: false });

    const rows = await t.db
      .select()
      .from(complaints)
      .where(
        inArray(
          complaints.id,
          filed.map((f) => f.complaintId),
        ),
      );
    const incidentIds = new Set(rows.map((r) => r.incidentId));
    expect(incidentIds.size).toBe(1);
    const [incident] = await t.db
      .select()
      .from(incidents)
      .where(eq(incidents.id, [...incidentIds][0]!));
    expect(incident).toMatchObject({ detectedBySurge: true, reportCount: 14 });
    expect(incident!.lastReportAt!.toISOString()).toBe(filed[13]!.createdAt.toISOString());
    expect(rows.some((r) => r.needsClustering)).toBe(false);
    // The last two joined the open incident in bulk, each with its score and an audit row.
    const lastTwo = filed.slice(12).map((f) => f.complaintId);
    expect(rows.filter((r) => lastTwo.includes(r.id)).every((r) => (r.incidentScore ?? 0) >= 0.7)).toBe(true);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "incident.auto_link"));
    expect(audits.filter((a) => lastTwo.includes(String(a.after?.complaintId)))).toHaveLength(2);
  });

  it("places nothing while another batch holds the clustering lock", async () => {
    if (!t.url) return; // PGlite has one connection: a second batch cannot run beside the first there.
    const ktp = await idOf("services", "ktp-el");
    const filed = await fileComplaint(t.db, { serviceId: ktp }, new Date("2026-05-04T03:00:00Z"));
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sigap.cluster-pending'))`);
      expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }) })).toEqual({ placed: 0, linked: 0, more: false });
    });
    expect(await clusterPendingComplaints({ ctx: makeDomainCtx({ db: t.db }) })).toMatchObject({ placed: 1 });
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, filed.complaintId));
    expect(row!.needsClustering).toBe(false);
  });

  it("the pg-boss worker places a report filed while it runs, within seconds", async () => {
    const ehac = await idOf("services", "ehac");
    const t3 = await idOf("places", "cgk-terminal-3");
    const [incident] = await t.db.select().from(incidents).where(eq(incidents.detectedBySurge, true)).limit(1);
    const boss = await startJobWorker({ handle: t, databaseUrl: t.url, send: mailboxSender, baseUrl: "http://sigap.test" });
    try {
      const filed = await fileComplaint(t.db, { serviceId: ehac, placeId: t3 }, new Date(incident!.lastReportAt!.getTime() + 10 * 60_000));
      let row: typeof complaints.$inferSelect | undefined;
      for (let i = 0; i < 100 && !row?.incidentId; i++) {
        await new Promise((r) => setTimeout(r, 100));
        [row] = await t.db.select().from(complaints).where(eq(complaints.id, filed.complaintId));
      }
      expect(row).toMatchObject({ incidentId: incident!.id, needsClustering: false });
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
  });
});
