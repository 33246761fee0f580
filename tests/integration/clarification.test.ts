import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clarificationRequests, complaints, incidentUpdates, incidents, outbox, users } from "@/server/db/schema";
import { errorOf, multipart, postMultipart, startTrpcServer } from "@/tests/helpers/http";
import { PDF_BYTES } from "@/tests/helpers/images";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createComplaint } from "@/tests/helpers/complaints";
import { actorOf, callerFor, createAgency, createUser } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

async function scene() {
  const agencyA = await createAgency(t.db);
  const agencyB = await createAgency(t.db);
  const investigator = await createUser(t.db, "investigator");
  const responderA = await createUser(t.db, "agency_responder", { agencyId: agencyA.id });
  const responderB = await createUser(t.db, "agency_responder", { agencyId: agencyB.id });
  const first = await createComplaint(t.db, {
    contactName: "Siti Rahmawati",
    contactEmail: "siti.rahasia@example.com",
    description: "Server e-HAC mati di Terminal 3, kami antre satu jam lebih.",
  });
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactName: "Joko Susilo", contactPhone: "+62812000111" });
  await t.db.update(incidents).set({ agencyId: agencyA.id }).where(eq(incidents.id, second.incidentId!));
  return {
    agencyA,
    agencyB,
    incidentId: second.incidentId!,
    complaintIds: [first.complaintId, second.complaintId],
    staff: callerFor(t.db, actorOf(investigator)),
    a: callerFor(t.db, actorOf(responderA)),
    b: callerFor(t.db, actorOf(responderB)),
  };
}

describe("clarification requests and the agency inbox", () => {
  it("reaches only the addressed agency, shares chosen content but no identity, and records the answer", async () => {
    const s = await scene();
    const sent = await s.staff.clarification.send({
      agencyId: s.agencyA.id,
      incidentId: s.incidentId,
      questions: "Mengapa server e-HAC tidak dapat dijangkau dari bandara, dan kapan dipulihkan?",
      evidenceComplaintIds: [s.complaintIds[0]!],
    });
    expect(sent.sequence).toBe(1);
    expect(sent.dueAt.getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3600_000);

    const inboxA = await s.a.clarification.inbox();
    expect(inboxA.map((r) => r.id)).toEqual([sent.requestId]);
    expect(await s.b.clarification.inbox()).toEqual([]);

    const seen = await s.a.clarification.get({ requestId: sent.requestId });
    expect(seen.evidence).toHaveLength(1);
    expect(seen.evidence[0]!.description).toContain("Terminal 3");
    const text = JSON.stringify(seen);
    for (const secret of ["Siti", "siti.rahasia@example.com", "Joko", "+62812000111"]) expect(text).not.toContain(secret);
    // No tracking codes either (checked by value: a pattern also matches digit runs inside UUIDs).
    const codes = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(inArray(complaints.id, s.complaintIds));
    expect(codes).toHaveLength(2);
    for (const { code } of codes) expect(text).not.toContain(code);

    // Agency B can neither read nor answer it.
    await expect(s.b.clarification.get({ requestId: sent.requestId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.b.clarification.answer(multipart({ requestId: sent.requestId, body: "Bukan urusan kami, tapi kami jawab." })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await s.a.clarification.answer(
      multipart({ requestId: sent.requestId, body: "Server e-HAC dipulihkan pukul 14.20 WIB setelah migrasi basis data." }),
    );
    const [row] = await t.db.select().from(clarificationRequests).where(eq(clarificationRequests.id, sent.requestId));
    expect(row).toMatchObject({ status: "answered" });
    const staffView = await s.staff.clarification.listFor({ incidentId: s.incidentId });
    expect(staffView[0]!.responses[0]!.body).toContain("14.20");
    const mails = await t.db.select().from(outbox).where(eq(outbox.template, "clarification_answered"));
    expect(mails.filter((m) => (m.payload as { requestId: string }).requestId === sent.requestId)).toHaveLength(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, sent.requestId));
    expect(audit.map((a) => a.action)).toEqual(["clarification.send", "clarification.answer"]);
  });

  it("takes an answer with documents over HTTP; staff can open them, bad files are field errors", async () => {
    const s = await scene();
    const sent = await s.staff.clarification.send({
      agencyId: s.agencyA.id,
      incidentId: s.incidentId,
      questions: "Mohon lampirkan laporan insiden server e-HAC.",
    });
    const [responder] = await t.db
      .select()
      .from(users)
      .where(and(eq(users.agencyId, s.agencyA.id), eq(users.role, "agency_responder")));
    const server = await startTrpcServer(t.db, { actor: actorOf(responder!) });
    try {
      const bad = await postMultipart(server, "clarification.answer", { requestId: sent.requestId, body: "Terlampir laporan insiden." }, [
        { name: "virus.exe", bytes: new TextEncoder().encode("MZ not a document") },
      ]);
      expect(bad.status).toBe(400);
      expect(Object.keys(errorOf(bad.json).fieldErrors ?? {})).toEqual(["attachments.0"]);
      const ok = await postMultipart(server, "clarification.answer", { requestId: sent.requestId, body: "Terlampir laporan insiden." }, [
        { name: "laporan-insiden.pdf", bytes: PDF_BYTES, type: "application/pdf" },
      ]);
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
    const [request] = await s.staff.clarification.listFor({ incidentId: s.incidentId });
    expect(request!.responses[0]!.attachments.map((a) => [a.name, a.mimeType])).toEqual([["laporan-insiden.pdf", "application/pdf"]]);
    const [seen] = (await s.a.clarification.get({ requestId: sent.requestId })).responses;
    expect(seen!.attachments.map((a) => a.name)).toEqual(["laporan-insiden.pdf"]);
  });

  it("counts up follow-up requests to the same agency", async () => {
    const s = await scene();
    const q = "Mohon jelaskan kronologi gangguan dan langkah perbaikannya.";
    await s.staff.clarification.send({ agencyId: s.agencyA.id, incidentId: s.incidentId, questions: q, dueAt: new Date(Date.now() - 1000) });
    const second = await s.staff.clarification.send({ agencyId: s.agencyA.id, incidentId: s.incidentId, questions: q });
    expect(second.sequence).toBe(2);
    const inbox = await s.a.clarification.inbox();
    expect(inbox.find((r) => r.sequence === 1)!.overdue).toBe(true);
  });

  it("lets an agency post a statement on its own public incident only", async () => {
    const s = await scene();
    await t.db.update(incidents).set({ state: "confirmed", isPublic: true }).where(eq(incidents.id, s.incidentId));
    await s.a.clarification.statement({
      incidentId: s.incidentId,
      body: "Server e-HAC telah pulih pukul 14.20 WIB.",
      bodyEn: "The e-HAC server was restored at 14:20 WIB.",
    });
    // Its English text, when the agency gives one, is kept beside it for the English pages.
    const [statement] = await t.db.select().from(incidentUpdates).where(eq(incidentUpdates.incidentId, s.incidentId));
    expect([statement!.language, statement!.bodyEn, statement!.agencyId]).toEqual([
      "id",
      "The e-HAC server was restored at 14:20 WIB.",
      s.agencyA.id,
    ]);
    await expect(s.b.clarification.statement({ incidentId: s.incidentId, body: "Pernyataan dari instansi lain." })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await s.a.clarification.agencyIncidents()).map((i) => i.id)).toContain(s.incidentId);
    expect((await s.b.clarification.agencyIncidents()).map((i) => i.id)).not.toContain(s.incidentId);
  });

  it("keeps roles apart: responders cannot send, staff cannot use the agency inbox, the public nothing", async () => {
    const s = await scene();
    await expect(
      s.a.clarification.send({ agencyId: s.agencyA.id, incidentId: s.incidentId, questions: "Pertanyaan dari instansi sendiri?" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(s.staff.clarification.inbox()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(t.db, null).clarification.inbox()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(s.staff.clarification.send({ agencyId: s.agencyA.id, questions: "Tanpa subjek sama sekali." })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // Evidence must belong to the subject.
    const other = await createComplaint(t.db);
    await expect(
      s.staff.clarification.send({
        agencyId: s.agencyA.id,
        incidentId: s.incidentId,
        questions: "Pertanyaan dengan bukti lain.",
        evidenceComplaintIds: [other.complaintId],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
