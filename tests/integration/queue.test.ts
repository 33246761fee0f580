import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaints, incidents } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createComplaint } from "@/tests/helpers/complaints";
import { callerAs, callerFor } from "@/tests/helpers/factories";

let t: TestDb;
let ehac: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  ehac = (await selectRows<{ id: string }>(t.db, sql`select id from services where code = 'ehac'`))[0]!.id;
});
afterAll(() => t.destroy());

describe("triage queue", () => {
  it("filters by service and stage and agrees with SQL", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    const page = await caller.complaint.queue({ serviceId: ehac, stage: ["received"], limit: 100 });
    const [expected] = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaints where service_id = ${ehac}::uuid and stage = 'received'`,
    );
    let total = page.items.length;
    let cursor = page.nextCursor;
    while (cursor) {
      const next = await caller.complaint.queue({ serviceId: ehac, stage: ["received"], limit: 100, cursor });
      total += next.items.length;
      cursor = next.nextCursor;
    }
    expect(total).toBe(expected!.n);
    expect(page.items.every((i) => i.stage === "received")).toBe(true);
    expect(JSON.stringify(page)).not.toContain("@example.com"); // the queue carries no contact
  });

  it("pages with a keyset cursor: no gaps, no repeats, in order, for every sort", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    for (const sort of ["newest", "oldest", "due"] as const) {
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await caller.complaint.queue({ sort, limit: 17, cursor: cursor ?? undefined });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      const [all] = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints`);
      expect(new Set(seen).size).toBe(all!.n);
      expect(seen).toHaveLength(all!.n);
    }
  });

  it("searches descriptions in full text, ignoring case and accents", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    const page = await caller.complaint.queue({ q: "PUNGUTAN OR percepatan", limit: 100 });
    const [expected] = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaints where search_vector @@ websearch_to_tsquery('simple', 'pungutan or percepatan')`,
    );
    expect(page.items.length).toBe(expected!.n);
    expect(page.items.length).toBeGreaterThan(0);
    expect((await caller.complaint.queue({ q: "formulir kertas", serviceId: ehac })).items.length).toBeGreaterThan(0);
  });

  it("shows overdue and mine", async () => {
    const { caller, user } = await callerAs(t.db, "investigator");
    const overdue = await caller.complaint.queue({ deadline: "overdue", limit: 5 });
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect(overdue.items.length).toBeGreaterThan(0); // the 2020 reports are long past their deadlines
    const some = overdue.items.slice(0, 3).map((i) => i.id);
    await caller.complaint.assign({ complaintIds: some, assigneeId: user.id });
    const mine = await caller.complaint.queue({ assignee: "me" });
    expect(mine.items.map((i) => i.id).sort()).toEqual([...some].sort());
  });

  it("bulk-assigns, sets priority and links to an incident with an audit row per complaint", async () => {
    const { caller, user } = await callerAs(t.db, "admin");
    const a = await createComplaint(t.db);
    const b = await createComplaint(t.db);
    await caller.complaint.setPriority({ complaintIds: [a.complaintId, b.complaintId], priority: "high" });
    const [incident] = await t.db.select().from(incidents).limit(1);
    const before = incident!.reportCount;
    await caller.complaint.linkIncident({ complaintIds: [a.complaintId, b.complaintId], incidentId: incident!.id });
    const [after] = await t.db.select().from(incidents).where(eq(incidents.id, incident!.id));
    expect(after!.reportCount).toBe(before + 2);
    const rows = await t.db.select().from(complaints).where(eq(complaints.incidentId, incident!.id));
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([a.complaintId, b.complaintId]));
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, a.complaintId));
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["complaint.set_priority", "complaint.link_incident"]));
    // Only Ombudsman staff can be assigned.
    const { user: responder } = await callerAs(t.db, "agency_responder");
    await expect(caller.complaint.assign({ complaintIds: [a.complaintId], assigneeId: responder.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.complaint.assign({ complaintIds: [a.complaintId], assigneeId: user.id });
  });

  it("shows staff the full complaint with the contact of a reporter who did not ask for confidentiality, history, notes and messages; the reporter sees only the message", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    const { complaintId } = await createComplaint(t.db, { contactName: "Putu Ayu", contactEmail: "putu@example.com", confidential: false });
    await caller.complaint.addNote({ complaintId, body: "Cek CCTV terminal, catatan internal." });
    await caller.complaint.messageReporter({ complaintId, body: "Terima kasih, laporan Anda sedang kami verifikasi." });
    const detail = await caller.complaint.detail({ complaintId });
    expect(detail.contact).toMatchObject({ name: "Putu Ayu", email: "putu@example.com" });
    expect(detail.notes.map((n) => n.body)).toEqual(["Cek CCTV terminal, catatan internal."]);
    expect(detail.actions).toContain("start_verification");
    const view = await callerFor(t.db, null).complaint.track({ code: detail.complaint.trackingCode });
    const text = JSON.stringify(view);
    expect(text).toContain("sedang kami verifikasi");
    expect(text).not.toContain("CCTV");
    expect(text).not.toContain("Putu");
  });

  it("is closed to anonymous callers and agency responders", async () => {
    await expect(callerFor(t.db, null).complaint.queue({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const { caller } = await callerAs(t.db, "agency_responder");
    await expect(caller.complaint.queue({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [one] = await t.db.select({ id: complaints.id }).from(complaints).limit(1);
    await expect(caller.complaint.detail({ complaintId: one!.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
