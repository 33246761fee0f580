import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaints, incidents } from "@/server/db/schema";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createComplaint } from "@/tests/helpers/complaints";
import { callerAs, callerFor } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

// Each incident's reports tell a different story: reports without a service that say the same thing would
// (rightly) be clustered into one incident by their words.
const STORIES = [
  "Server e-HAC tidak dapat diakses di Terminal 3, antrean panjang sekali.",
  "Lampu jalan di kompleks perumahan kami padam sejak minggu lalu dan belum diperbaiki.",
  "Petugas loket pajak kendaraan meminta uang tambahan tanpa kuitansi resmi.",
  "Kereta komuter pagi ini terlambat satu jam dan peron penuh sesak penumpang.",
  "Sekolah negeri mewajibkan pembelian seragam dari koperasi dengan harga mahal.",
];
let story = 0;

/** An incident holding `n` fresh reports, made the way the public makes them (me too on the first). */
async function incidentWith(n: number) {
  const description = STORIES[story++ % STORIES.length]!;
  const first = await createComplaint(t.db, { description });
  let incidentId: string | null = null;
  const ids = [first.complaintId];
  for (let i = 1; i < n; i++) {
    const r = await createComplaint(
      t.db,
      incidentId ? { description, joinIncidentId: incidentId } : { description, joinComplaintId: first.complaintId },
    );
    incidentId = r.incidentId;
    ids.push(r.complaintId);
  }
  return { incidentId: incidentId!, complaintIds: ids };
}

const countOf = async (id: string) => (await t.db.select({ n: incidents.reportCount }).from(incidents).where(eq(incidents.id, id)))[0]!.n;
const members = async (id: string) => (await t.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.incidentId, id))).length;

describe("incident work", () => {
  it("merges two incidents keeping every report and the counts right, with audit rows", async () => {
    const a = await incidentWith(3);
    const b = await incidentWith(4);
    const { caller } = await callerAs(t.db, "investigator");
    const result = await caller.incident.merge({ sourceId: a.incidentId, targetId: b.incidentId });
    expect(result).toEqual({ moved: 3, reportCount: 7 });
    expect(await countOf(b.incidentId)).toBe(7);
    expect(await members(b.incidentId)).toBe(7);
    expect(await members(a.incidentId)).toBe(0);
    const [source] = await t.db.select().from(incidents).where(eq(incidents.id, a.incidentId));
    expect(source).toMatchObject({ state: "merged", mergedIntoId: b.incidentId });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [a.incidentId, b.incidentId]))
      .orderBy(asc(auditLog.id));
    expect(audit.filter((r) => r.action.startsWith("incident.merge")).map((r) => r.action)).toEqual(["incident.merge", "incident.merged_into"]);
    expect(audit.find((r) => r.action === "incident.merge")!.after).toMatchObject({ moved: 3, reportCount: 7 });
    // A merged incident cannot be merged again.
    await expect(caller.incident.merge({ sourceId: a.incidentId, targetId: b.incidentId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("splits reports out into a new incident, recounting both", async () => {
    const x = await incidentWith(5);
    const { caller } = await callerAs(t.db, "investigator");
    const moved = x.complaintIds.slice(0, 2);
    const { incidentId } = await caller.incident.split({ incidentId: x.incidentId, complaintIds: moved, titleId: "Antrean KRL, bukan e-HAC" });
    expect(await countOf(x.incidentId)).toBe(3);
    expect(await countOf(incidentId)).toBe(2);
    expect(await members(incidentId)).toBe(2);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "incident.split"));
    expect(audit.at(-1)!.after).toMatchObject({ reportCount: 3, moved: 2, newIncidentId: incidentId });
    // Reports of another incident cannot be split out of this one.
    const other = await incidentWith(2);
    await expect(caller.incident.split({ incidentId: x.incidentId, complaintIds: [other.complaintIds[0]!], titleId: "Salah" })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
  });

  it("publishes updates that show on the public incident page and on every linked tracking page", async () => {
    const x = await incidentWith(2);
    const anonymous = callerFor(t.db, null);
    const [code] = await t.db.select({ code: incidents.code }).from(incidents).where(eq(incidents.id, x.incidentId));
    await expect(anonymous.incident.public({ code: code!.code })).rejects.toMatchObject({ code: "NOT_FOUND" }); // candidate: not public yet
    const [first] = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(eq(complaints.id, x.complaintIds[0]!));
    expect((await anonymous.complaint.track({ code: first!.code })).incident).toBeNull(); // nor on the tracking page

    const { caller } = await callerAs(t.db, "investigator");
    const detail = await caller.incident.get({ incidentId: x.incidentId });
    await caller.incident.confirm({
      incidentId: x.incidentId,
      expectedVersion: detail.version,
      titleId: "Gangguan server e-HAC di Terminal 3",
      severity: "major",
    });
    await caller.incident.postUpdate({
      incidentId: x.incidentId,
      status: "identified",
      body: "Penyebab diketahui: server e-HAC Kemenkes tidak dapat diakses dari bandara.",
    });

    const page = await anonymous.incident.public({ code: code!.code });
    expect(page).toMatchObject({ status: "identified", severity: "major", reportCount: 2 });
    expect(page.updates.map((u) => u.status)).toEqual(["identified"]);
    for (const id of x.complaintIds) {
      const [c] = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(eq(complaints.id, id));
      const view = await anonymous.complaint.track({ code: c!.code });
      expect(view.incident).toMatchObject({ status: "identified" });
      expect(view.timeline).toContainEqual(expect.objectContaining({ kind: "incident_update", status: "identified" }));
    }
  });

  it("opens an own-motion case from an incident, with no complainant, that passes formal verification", async () => {
    const x = await incidentWith(3);
    const { caller } = await callerAs(t.db, "investigator");
    const { complaintId } = await caller.incident.openOwnMotion({ incidentId: x.incidentId });
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, complaintId));
    expect(c).toMatchObject({ kind: "own_motion", incidentId: x.incidentId, stage: "formal_verification", channel: "staff" });
    await expect(caller.incident.openOwnMotion({ incidentId: x.incidentId })).rejects.toMatchObject({ code: "CONFLICT" });
    const next = await caller.procedure.transition({ complaintId, action: "formal_complete", expectedVersion: c!.version });
    expect(next.stage).toBe("material_verification");
  });

  it("keeps incident work to Ombudsman staff", async () => {
    const x = await incidentWith(2);
    const { caller: responder } = await callerAs(t.db, "agency_responder");
    await expect(responder.incident.get({ incidentId: x.incidentId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(responder.incident.postUpdate({ incidentId: x.incidentId, status: "resolved", body: "Sudah beres semua." })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(t.db, null).incident.merge({ sourceId: x.incidentId, targetId: x.incidentId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
