import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaintStageEvents, complaints, outbox } from "@/server/db/schema";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createComplaint } from "@/tests/helpers/complaints";
import { callerAs, callerFor } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const version = async (id: string) => (await t.db.select({ v: complaints.version }).from(complaints).where(eq(complaints.id, id)))[0]!.v;

describe("moving a complaint through the procedure", () => {
  it("stamps a deadline at intake and at every step, writes the history and an audit row", async () => {
    const { complaintId } = await createComplaint(t.db);
    const [fresh] = await t.db.select().from(complaints).where(eq(complaints.id, complaintId));
    expect(fresh!.dueAt).toBeInstanceOf(Date);

    const { caller } = await callerAs(t.db, "investigator");
    const step1 = await caller.procedure.transition({ complaintId, action: "start_verification", expectedVersion: fresh!.version });
    expect(step1.stage).toBe("formal_verification");
    const step2 = await caller.procedure.transition({
      complaintId,
      action: "request_information",
      expectedVersion: step1.version,
      publicNote: "Mohon lengkapi jam kejadian dan nomor penerbangan.",
    });
    expect(step2.stage).toBe("awaiting_reporter");
    // The reporter's 30 calendar days.
    expect(step2.dueAt!.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);

    const history = await t.db
      .select()
      .from(complaintStageEvents)
      .where(eq(complaintStageEvents.complaintId, complaintId))
      .orderBy(asc(complaintStageEvents.createdAt));
    expect(history.map((h) => h.toStage)).toEqual(["received", "formal_verification", "awaiting_reporter"]);
    expect(history[2]!.publicNote).toContain("nomor penerbangan");
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, complaintId)).orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(["complaint.submit", "complaint.start_verification", "complaint.request_information"]);
    expect(audit[2]).toMatchObject({
      before: expect.objectContaining({ stage: "formal_verification" }),
      after: expect.objectContaining({ stage: "awaiting_reporter" }),
    });

    // The tracking page shows the request in plain words.
    const [row] = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(eq(complaints.id, complaintId));
    const view = await callerFor(t.db, null).complaint.track({ code: row!.code });
    expect(view.status).toBe("more_info_needed");
    expect(view.canAddInformation).toBe(true);
    expect(view.timeline.at(-1)).toMatchObject({ kind: "status", note: "Mohon lengkapi jam kejadian dan nomor penerbangan." });
  });

  it("refuses a role that does not own the step, an impossible step, and a step missing what it needs", async () => {
    const { complaintId } = await createComplaint(t.db);
    const { caller: responder } = await callerAs(t.db, "agency_responder");
    await expect(responder.procedure.transition({ complaintId, action: "start_verification", expectedVersion: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(t.db, null).procedure.transition({ complaintId, action: "start_verification", expectedVersion: 1 })).rejects.toMatchObject(
      { code: "UNAUTHORIZED" },
    );

    const { caller: investigator } = await callerAs(t.db, "investigator");
    await expect(
      investigator.procedure.transition({ complaintId, action: "close_not_found", expectedVersion: 1, publicNote: "x" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const v = await version(complaintId);
    const s = await investigator.procedure.transition({ complaintId, action: "start_verification", expectedVersion: v });
    await expect(
      investigator.procedure.transition({ complaintId, action: "decline", expectedVersion: s.version, reason: "di luar kewenangan" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const m = await investigator.procedure.transition({ complaintId, action: "formal_complete", expectedVersion: s.version });
    // The plenary decision belongs to senior staff.
    await expect(
      investigator.procedure.transition({ complaintId, action: "accept_for_examination", expectedVersion: m.version, reason: "pleno" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { caller: admin } = await callerAs(t.db, "admin");
    await expect(
      admin.procedure.transition({ complaintId, action: "accept_for_examination", expectedVersion: m.version, reason: "Rapat pleno 21 Des" }),
    ).resolves.toMatchObject({
      stage: "examination",
    });
  });

  it("does not let an anonymous individual report pass formal verification", async () => {
    const { complaintId } = await createComplaint(t.db, { contactName: "", contactEmail: "" });
    const { caller } = await callerAs(t.db, "investigator");
    const s = await caller.procedure.transition({ complaintId, action: "start_verification", expectedVersion: await version(complaintId) });
    await expect(caller.procedure.transition({ complaintId, action: "formal_complete", expectedVersion: s.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("goes straight to examination on the rapid-response path", async () => {
    const { complaintId } = await createComplaint(t.db);
    const { caller } = await callerAs(t.db, "investigator");
    await caller.procedure.transition({
      complaintId,
      action: "rapid_response",
      expectedVersion: await version(complaintId),
      reason: "Kerumunan di bandara saat pandemi",
    });
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, complaintId));
    expect(row).toMatchObject({ stage: "examination", rapidResponse: true, priority: "urgent" });
  });

  it("tells every admin of a rapid response at once and keeps it on their dashboard until one confirms or reverts it (fails before: nobody was told)", async () => {
    const { user: admin, caller: adminCaller } = await callerAs(t.db, "admin");
    const { user: other } = await callerAs(t.db, "admin");
    const { caller } = await callerAs(t.db, "investigator");
    const confirmed = (await createComplaint(t.db)).complaintId;
    const reverted = (await createComplaint(t.db)).complaintId;
    const s = await caller.procedure.transition({ complaintId: reverted, action: "start_verification", expectedVersion: await version(reverted) });
    for (const [id, v] of [
      [confirmed, await version(confirmed)],
      [reverted, s.version],
    ] as const) {
      await caller.procedure.transition({
        complaintId: id,
        action: "rapid_response",
        expectedVersion: v,
        reason: "Kerumunan di bandara saat pandemi",
      });
    }
    const mail = await t.db.select().from(outbox).where(eq(outbox.template, "rapid_response_review"));
    for (const who of [admin, other]) expect(mail.filter((m) => m.recipient === who.email && m.payload.complaintId === confirmed)).toHaveLength(1);

    const listed = await adminCaller.procedure.rapidResponsesToReview();
    expect(listed.map((l) => l.id)).toEqual(expect.arrayContaining([confirmed, reverted]));
    expect(listed.find((l) => l.id === confirmed)).toMatchObject({ reason: "Kerumunan di bandara saat pandemi", startedBy: "Test investigator" });
    await expect(
      caller.procedure.reviewRapidResponse({ complaintId: confirmed, decision: "confirm", expectedVersion: await version(confirmed) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await adminCaller.procedure.reviewRapidResponse({ complaintId: confirmed, decision: "confirm", expectedVersion: await version(confirmed) });
    await expect(
      adminCaller.procedure.reviewRapidResponse({ complaintId: reverted, decision: "revert", expectedVersion: await version(reverted) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" }); // needs a reason
    await adminCaller.procedure.reviewRapidResponse({
      complaintId: reverted,
      decision: "revert",
      expectedVersion: await version(reverted),
      reason: "Bukan keadaan darurat.",
    });
    const [back] = await t.db.select().from(complaints).where(eq(complaints.id, reverted));
    expect(back).toMatchObject({ stage: "formal_verification", rapidResponse: false, priority: "normal" });
    const ids = (await adminCaller.procedure.rapidResponsesToReview()).map((l) => l.id);
    expect(ids).not.toContain(confirmed);
    expect(ids).not.toContain(reverted);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, reverted));
    expect(audit.map((a) => a.action)).toContain("complaint.rapid_response_revert");
  });

  it("lets only one of two concurrent transitions of one complaint win", async () => {
    const { complaintId } = await createComplaint(t.db);
    const { caller: a } = await callerAs(t.db, "investigator");
    const { caller: b } = await callerAs(t.db, "investigator");
    const v = await version(complaintId);
    const results = await Promise.allSettled([
      a.procedure.transition({ complaintId, action: "start_verification", expectedVersion: v }),
      b.procedure.transition({ complaintId, action: "rapid_response", expectedVersion: v, reason: "darurat" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by Test investigator meanwhile/) });
    const events = await t.db.select().from(complaintStageEvents).where(eq(complaintStageEvents.complaintId, complaintId));
    expect(events).toHaveLength(2); // received + the winner's step
  });
});
