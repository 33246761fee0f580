import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/server/db/schema";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { fileComplaint } from "@/tests/helpers/complaints";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const contact = { contactName: "Sari Rahasia", contactEmail: "sari.rahasia@example.net", contactPhone: "+6281298765432" };

describe("a confidential reporter's identity, seen on purpose", () => {
  it("shows staff a pseudonym until someone reveals the identity with a reason, and records who, which case and why", async () => {
    const filed = await fileComplaint(t.db, { ...contact, confidential: true });
    const investigator = await createUser(t.db, "investigator", { name: "Penyidik Satu" });
    const staff = callerFor(t.db, actorOf(investigator));
    const detail = await staff.complaint.detail({ complaintId: filed.complaintId });
    expect(detail.contact).toEqual({ pseudonym: expect.stringMatching(/^#\d{4}$/), hidden: true, has: { name: true, email: true, phone: true } });
    const page = JSON.stringify(detail);
    for (const value of Object.values(contact)) expect(page).not.toContain(value);

    // No reason, no identity; an agency responder never.
    await expect(staff.complaint.revealIdentity({ complaintId: filed.complaintId, reason: "lihat" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const responder = callerFor(t.db, actorOf(await createUser(t.db, "agency_responder")));
    await expect(
      responder.complaint.revealIdentity({ complaintId: filed.complaintId, reason: "Saya ingin tahu siapa pelapornya." }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "complaint.reveal_identity"))).toHaveLength(0);

    const reason = "Perlu menghubungi pelapor untuk klarifikasi tanggal kejadian.";
    const shown = await staff.complaint.revealIdentity({ complaintId: filed.complaintId, reason });
    expect(shown).toMatchObject({
      name: contact.contactName,
      email: contact.contactEmail,
      phone: contact.contactPhone,
      pseudonym: detail.contact!.pseudonym,
    });
    // Still a pseudonym on the next view: each look is its own reveal.
    expect((await staff.complaint.detail({ complaintId: filed.complaintId })).contact).toMatchObject({ hidden: true });

    const [event] = await t.db.select().from(auditLog).where(eq(auditLog.action, "complaint.reveal_identity"));
    expect(event).toMatchObject({ actorId: investigator.id, entityId: filed.complaintId, after: { reason, confidential: true } });
    for (const value of Object.values(contact)) expect(JSON.stringify(event)).not.toContain(value);
    const trail = (await staff.complaint.detail({ complaintId: filed.complaintId })).audit;
    expect(trail.find((a) => a.action === "complaint.reveal_identity")).toMatchObject({ actorName: "Penyidik Satu", after: { reason } });

    const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
    expect(await admin.admin.identityReveals()).toEqual([
      expect.objectContaining({ actorName: "Penyidik Satu", actorRole: "investigator", trackingCode: filed.trackingCode, reason }),
    ]);
  });

  it("shows a reporter who did not ask for confidentiality as they are", async () => {
    const filed = await fileComplaint(t.db, { ...contact, contactEmail: "terbuka@example.net", confidential: false });
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    expect((await staff.complaint.detail({ complaintId: filed.complaintId })).contact).toMatchObject({ hidden: false, email: "terbuka@example.net" });
  });
});
