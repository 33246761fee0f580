import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clarificationRequests, complaints, outbox } from "@/server/db/schema";
import { lapseOverdueRequests } from "@/server/domain/clarification/lapse-overdue";
import { queueClarificationReminders } from "@/server/domain/clarification/remind";
import { queueFixedChecks } from "@/server/domain/complaint/queue-fixed-checks";
import { makeDomainCtx } from "@/server/domain/context";
import { deliverDueMail } from "@/server/domain/notification/deliver";
import { smtpMailSender } from "@/server/domain/notification/mail-sender";
import { QUEUES, startJobWorker } from "@/server/jobs/worker";
import { createComplaint } from "@/tests/helpers/complaints";
import { multipart } from "@/tests/helpers/http";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser } from "@/tests/helpers/factories";
import { startSmtpSink } from "@/tests/helpers/smtp";

let t: TestDb;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  t = await createTestDb();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
  await t.destroy();
});

const BASE = "https://sigap.test";
const deliver = (now?: Date) =>
  deliverDueMail({
    ctx: makeDomainCtx({ db: t.db, now: now ? () => now : undefined }),
    send: smtpMailSender(sink.url, "Sigap <no-reply@sigap.test>"),
    baseUrl: BASE,
  });
const received = (to: string) => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);

async function scene() {
  const agency = await createAgency(t.db);
  const investigator = await createUser(t.db, "investigator");
  const responder = await createUser(t.db, "agency_responder", { agencyId: agency.id, locale: "en" });
  const reporterEmail = `reporter-${agency.slug}@example.com`;
  // Each scene's reports are about its own agency: reports with neither service nor agency that say the same
  // thing would be clustered together across scenes.
  const first = await createComplaint(t.db, { contactEmail: reporterEmail, language: "id", agencyId: agency.id });
  const second = await createComplaint(t.db, {
    joinComplaintId: first.complaintId,
    contactEmail: undefined,
    contactPhone: "+62811111",
    agencyId: agency.id,
  });
  return {
    agency,
    investigator,
    responder,
    reporterEmail,
    first,
    incidentId: second.incidentId!,
    staff: callerFor(t.db, actorOf(investigator)),
    agencyCaller: callerFor(t.db, actorOf(responder)),
  };
}

describe("notifications through a real SMTP server", () => {
  it("sends exactly one mail per event, in the recipient's language, and never twice", async () => {
    const s = await scene();
    const before = sink.messages.length;
    const sent = await s.staff.clarification.send({
      agencyId: s.agency.id,
      incidentId: s.incidentId,
      questions: "Mengapa server e-HAC tidak dapat dijangkau?",
    });
    await s.agencyCaller.clarification.answer(multipart({ requestId: sent.requestId, body: "Server e-HAC dipulihkan pukul 14.20 WIB." }));
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, s.first.complaintId));
    await s.staff.procedure.transition({ complaintId: c!.id, action: "start_verification", expectedVersion: c!.version });
    await s.staff.incident.postUpdate({
      incidentId: s.incidentId,
      status: "identified",
      body: "Server e-HAC Kemenkes tidak dapat diakses dari bandara.",
    });

    expect(await deliver()).toMatchObject({ sent: 4, retried: 0, failed: 0 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(sink.messages.length - before).toBe(4);

    const [newRequest] = received(s.responder.email);
    expect(newRequest!.subject).toMatch(/^New clarification request from the Ombudsman/);
    expect(newRequest!.text).toContain(`${BASE}/agency/requests/${sent.requestId}`);
    const [answered] = received(s.investigator.email);
    expect(answered!.subject).toBe(`Jawaban klarifikasi diterima dari ${s.agency.nameId}`);
    const toReporter = received(s.reporterEmail);
    expect(toReporter.map((m) => m.subject).sort()).toEqual(
      [
        `Laporan ${s.first.trackingCode}: Kelengkapan laporan sedang diperiksa`,
        `Pembaruan insiden ${(await s.staff.incident.get({ incidentId: s.incidentId })).code} (laporan ${s.first.trackingCode})`,
      ].sort(),
    );
    // The phone-only reporter got nothing, and nobody's address travels in another's mail.
    for (const m of sink.messages.slice(before)) expect(m.text).not.toContain("@example.com");
  });

  it("keeps mail while the SMTP server is down and delivers it once when it is back", async () => {
    const s = await scene();
    const before = sink.messages.length;
    await sink.down();
    await s.staff.clarification.send({ agencyId: s.agency.id, incidentId: s.incidentId, questions: "Berapa lama server e-HAC tidak dapat diakses?" });
    expect(await deliver()).toMatchObject({ sent: 0, retried: 1 });
    const [pending] = await t.db.select().from(outbox).where(eq(outbox.recipient, s.responder.email));
    expect(pending).toMatchObject({ status: "pending", attempts: 1 });
    expect(pending!.lastError).toBeTruthy();
    // Not yet due again: a second run right away leaves it alone.
    expect(await deliver()).toMatchObject({ sent: 0, retried: 0 });

    await sink.up();
    const later = new Date(Date.now() + 3600_000);
    expect(await deliver(later)).toMatchObject({ sent: 1 });
    expect(await deliver(later)).toMatchObject({ sent: 0 });
    expect(sink.messages.length - before).toBe(1);
    expect(received(s.responder.email)).toHaveLength(1);
    const [done] = await t.db.select().from(outbox).where(eq(outbox.recipient, s.responder.email));
    expect(done).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("delivers a mail queued earlier in the same millisecond (the database's clock has microseconds, the app's milliseconds)", async () => {
    const queuedAt = new Date(Date.now() + 3_600_000);
    await t.db.insert(outbox).values({
      template: "follow_confirm",
      recipient: "same-millisecond@example.com",
      payload: { token: "t" },
      dedupeKey: `same-ms:${queuedAt.getTime()}`,
      // 0.6 ms into the millisecond the delivery then reads as its "now".
      availableAt: sql`${queuedAt.toISOString()}::timestamptz + interval '600 microseconds'`,
    });
    await deliver(queuedAt);
    expect(received("same-millisecond@example.com")).toHaveLength(1);
  });

  it("two workers draining at once send each mail once", async () => {
    const s = await scene();
    const extra = await Promise.all(Array.from({ length: 3 }, () => createUser(t.db, "agency_responder", { agencyId: s.agency.id })));
    const before = sink.messages.length;
    for (let i = 0; i < 3; i++)
      await s.staff.clarification.send({ agencyId: s.agency.id, incidentId: s.incidentId, questions: `Pertanyaan nomor ${i + 1} tentang e-HAC` });
    const results = await Promise.all([deliver(), deliver(), deliver()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(sink.messages.length - before).toBe(12);
    const ids = sink.messages.slice(before).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(12);
    for (const u of extra) expect(received(u.email)).toHaveLength(3);
  });

  it("reminds before the deadline once, lapses an ignored request into a follow-up, and asks whether it was really fixed", async () => {
    const s = await scene();
    const ctx = (now: Date) => makeDomainCtx({ db: t.db, now: () => now });
    const sent = await s.staff.clarification.send({
      agencyId: s.agency.id,
      incidentId: s.incidentId,
      questions: "Kapan layanan e-HAC pulih sepenuhnya?",
      dueAt: new Date(Date.now() + 24 * 3600_000),
    });
    await queueClarificationReminders({ ctx: ctx(new Date()) });
    await queueClarificationReminders({ ctx: ctx(new Date()) });
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(like(outbox.dedupeKey, `clarification.reminder:${sent.requestId}:%`)),
    ).toHaveLength(1);

    const afterDue = new Date(Date.now() + 2 * 24 * 3600_000);
    expect(await lapseOverdueRequests({ ctx: ctx(afterDue) })).toMatchObject({ lapsed: 1, followUps: 1 });
    expect(await lapseOverdueRequests({ ctx: ctx(afterDue) })).toMatchObject({ lapsed: 0 });
    const requests = await t.db.select().from(clarificationRequests).where(eq(clarificationRequests.incidentId, s.incidentId));
    expect(requests.map((r) => [r.sequence, r.status]).sort()).toEqual([
      [1, "lapsed"],
      [2, "open"],
    ]);
    expect(requests.find((r) => r.sequence === 2)!.previousRequestId).toBe(sent.requestId);
    const lapsedMail = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `clarification.lapsed:${sent.requestId}`));
    expect(lapsedMail.map((m) => m.recipient)).toEqual([s.investigator.email]);

    // Closed as resolved fifteen days ago: the reporter is asked once; "no" reopens the case for review.
    const closedAt = new Date(Date.now() - 15 * 24 * 3600_000);
    await t.db.update(complaints).set({ stage: "closed", outcome: "resolved_by_agency", closedAt }).where(eq(complaints.id, s.first.complaintId));
    await queueFixedChecks({ ctx: ctx(new Date()) });
    await queueFixedChecks({ ctx: ctx(new Date()) });
    const asked = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `complaint.fixed_check:${s.first.complaintId}`));
    expect(asked.map((m) => m.recipient)).toEqual([s.reporterEmail]);

    const anonymous = callerFor(t.db, null);
    expect((await anonymous.complaint.track({ code: s.first.trackingCode })).fixedCheckOpen).toBe(true);
    expect(await anonymous.complaint.fixedCheck({ code: s.first.trackingCode, fixed: false })).toEqual({ reopened: true });
    const tracked = await anonymous.complaint.track({ code: s.first.trackingCode });
    expect(tracked).toMatchObject({ status: "checking_completeness", fixedCheckOpen: false });
    expect(await anonymous.complaint.fixedCheck({ code: s.first.trackingCode, fixed: false })).toEqual({ reopened: false });
  });

  it("the pg-boss worker delivers queued mail", async () => {
    const s = await scene();
    const boss = await startJobWorker({
      handle: t,
      databaseUrl: t.url,
      send: smtpMailSender(sink.url, "Sigap <no-reply@sigap.test>"),
      baseUrl: BASE,
    });
    try {
      const sent = await s.staff.clarification.send({
        agencyId: s.agency.id,
        incidentId: s.incidentId,
        questions: "Apa rencana agar e-HAC tidak gagal lagi?",
      });
      await boss.send({ name: QUEUES.mail });
      const key = `clarification.new:${sent.requestId}:${s.responder.id}`;
      let row: typeof outbox.$inferSelect | undefined;
      for (let i = 0; i < 100; i++) {
        [row] = await t.db
          .select()
          .from(outbox)
          .where(and(eq(outbox.dedupeKey, key), eq(outbox.status, "sent")));
        if (row) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(row?.status).toBe("sent");
      expect(received(s.responder.email)).toHaveLength(1);
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
  });
});
