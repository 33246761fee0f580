import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory } from "@/server/api/trpc";
import { appRouter } from "@/server/api/root";
import { attachments, auditLog, complaintContacts, complaints, outbox, privacyRequests } from "@/server/db/schema";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { defaultConfig, makeDomainCtx, type Actor } from "@/server/domain/context";
import { listMailbox } from "@/server/domain/notification/mailbox";
import { reporterPseudonym } from "@/server/domain/complaint/reporter-identity";
import { getPublicStatistics } from "@/server/domain/stats/public-statistics";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, createUser } from "@/tests/helpers/factories";
import { jpegWithGps } from "@/tests/helpers/images";
import { storageBackends } from "@/tests/helpers/storage-backends";

let t: TestDb;
const storages = storageBackends("sigap-privacy-requests");
beforeAll(async () => {
  t = await createTestDb();
  await storages.start();
});
afterAll(async () => {
  await storages.stop();
  await t.destroy();
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const factory = createCallerFactory(appRouter);
const unlimited = { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 }, whatsappOn: false };
/** The same, in a deployment where the WhatsApp Cloud API is configured. */
const withWhatsApp = (now: Date) =>
  factory(
    makeDomainCtx({ db: t.db, now: () => now, clientIp: `10.8.${Math.floor(Math.random() * 250)}.1`, config: { ...unlimited, whatsappOn: true } }),
  );

/** A caller at a fixed moment, from its own client address (the code limits count per address). */
function at(
  now: Date,
  actor: Actor | null = null,
  clientIp: string | null = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
) {
  return factory(makeDomainCtx({ db: t.db, actor, now: () => now, clientIp, config: unlimited }));
}

async function file(now: Date, contact: { email?: string; phone?: string; name?: string } | null, extra: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return submitComplaint({
    ctx: makeDomainCtx({ db: t.db, now: () => now, config: unlimited, ...extra }),
    files: extra.storage ? [{ name: "foto.jpg", bytes: await jpegWithGps() }] : [],
    input: {
      idempotencyKey: `pr${tag}`.padEnd(20, "x"),
      category: "system_down",
      occurredAt: now.toISOString(),
      description: `Server e-HAC mati (${tag}); hubungi saya di ${contact?.email ?? "tidak ada"} atau 0812-3456-7890.`,
      contactName: contact?.name,
      contactEmail: contact?.email,
      contactPhone: contact?.phone,
      confidential: true,
    },
  });
}

/** A refusal of the procedure's input schema, on one field, with the message key the form translates. */
const refusedInput = (field: string, message: string) => ({
  code: "BAD_REQUEST",
  cause: { issues: expect.arrayContaining([expect.objectContaining({ path: [field], message })]) },
});

/** The code the outbox holds for a challenge (what the reporter reads in their mail). */
async function codeSentFor(challengeId: string) {
  const [row] = await t.db
    .select()
    .from(outbox)
    .where(eq(outbox.dedupeKey, `privacy.code:${challengeId}`));
  return row ? { otp: String(row.payload.otp), recipient: row.recipient, channel: row.channel } : null;
}

async function verified(now: Date, code: string) {
  const { challengeId } = await at(now).privacy.requestCode({ code });
  const sent = await codeSentFor(challengeId!);
  return at(now).privacy.verifyCode({ challengeId: challengeId!, otp: sent!.otp });
}

describe("a reporter proving who they are", () => {
  it("gets a six-digit code at the contact on file, and only that code, in time and within five tries, opens a session", async () => {
    const now = new Date();
    const email = `pelapor.${randomUUID().slice(0, 6)}@example.org`;
    const filed = await file(now, { email, name: "Siti Pelapor" });
    const { challengeId, sentTo } = await at(now).privacy.requestCode({ code: filed.trackingCode.toLowerCase() });
    expect(sentTo).toBe("email");
    const sent = await codeSentFor(challengeId!);
    expect(sent).toMatchObject({ recipient: email, channel: "email", otp: expect.stringMatching(/^\d{6}$/) });
    const wrong = sent!.otp === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++)
      await expect(at(now).privacy.verifyCode({ challengeId: challengeId!, otp: wrong })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { otp: ["errors.verificationCode"] } },
      });
    // Five wrong tries end the challenge: the right code no longer opens anything.
    await expect(at(now).privacy.verifyCode({ challengeId: challengeId!, otp: sent!.otp })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const second = await at(now).privacy.requestCode({ code: filed.trackingCode });
    const otp = (await codeSentFor(second.challengeId!))!.otp;
    await expect(at(new Date(now.getTime() + 16 * MINUTE)).privacy.verifyCode({ challengeId: second.challengeId!, otp })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const third = await at(now).privacy.requestCode({ code: filed.trackingCode });
    const opened = await at(now).privacy.verifyCode({ challengeId: third.challengeId!, otp: (await codeSentFor(third.challengeId!))!.otp });
    expect(opened.expiresAt.getTime() - now.getTime()).toBe(30 * MINUTE);
    // A code is used once.
    await expect(
      at(now).privacy.verifyCode({ challengeId: third.challengeId!, otp: (await codeSentFor(third.challengeId!))!.otp }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    // A fourth code for the same contact within the hour is refused.
    await expect(at(now).privacy.requestCode({ code: filed.trackingCode })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      cause: { fieldErrors: { _form: ["errors.tooManyCodes"] } },
    });
  });

  it("once mail really goes out, staff's mailbox shows the reporter by pseudonym and hides the code (demo mode shows both)", async () => {
    const now = new Date();
    const email = `kotak.${randomUUID().slice(0, 6)}@example.org`;
    const filed = await file(now, { email });
    const { challengeId } = await at(now).privacy.requestCode({ code: filed.trackingCode });
    const { otp } = (await codeSentFor(challengeId!))!;
    const investigator = await createUser(t.db, "investigator");
    const ctx = makeDomainCtx({ db: t.db, actor: actorOf(investigator) });
    const live = await listMailbox({ ctx, demo: false });
    const mine = live.filter((m) => m.to === `Pelapor ${reporterPseudonym(filed.complaintId)}`);
    expect(mine.map((m) => m.template)).toContain("privacy_code");
    expect(JSON.stringify(live)).not.toContain(email);
    expect(JSON.stringify(live)).not.toContain(otp);
    const demo = await listMailbox({ ctx, demo: true });
    expect(demo.find((m) => m.to === email && m.template === "privacy_code")?.subject).toContain(otp);
  });

  it("sees everything held, counted as an access request given at once, until the session ends or runs out", async () => {
    const now = new Date();
    const email = `akses.${randomUUID().slice(0, 6)}@example.org`;
    const filed = await file(now, { email, name: "Budi Akses", phone: "+62 812 1111 2222" });
    const { session } = await verified(now, filed.trackingCode);
    const { complaints: held } = await at(now).privacy.myData({ session });
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      trackingCode: filed.trackingCode,
      contact: { name: "Budi Akses", email, phone: "+62 812 1111 2222", anonymizedAt: null },
      confidential: true,
      staffSeeYouAs: expect.stringMatching(/^Pelapor #\d{4}$/),
      requests: [expect.objectContaining({ kind: "access", status: "granted" })],
    });
    expect(held[0]!.report.description).toContain(email);
    const [access] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "privacy.access"), eq(auditLog.entityId, filed.complaintId)));
    expect(access).toBeDefined();
    expect(JSON.stringify(access)).not.toContain(email);

    await expect(at(new Date(now.getTime() + 31 * MINUTE)).privacy.myData({ session })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await at(now).privacy.endSession({ session })).toEqual({ ended: true });
    await expect(at(now).privacy.myData({ session })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(at(now).privacy.myData({ session: "x".repeat(43) })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("without a tracking code, by the contact: every report with that address or number opens, and an unknown one looks the same and opens nothing", async () => {
    const now = new Date();
    const email = `Dua.${randomUUID().slice(0, 6)}@Example.org`;
    const [a, b] = [await file(now, { email }), await file(now, { email: email.toLowerCase() })];
    const asked = await at(now).privacy.requestCode({ contact: email.toUpperCase() });
    expect(asked.sentTo).toBeNull();
    const sent = await codeSentFor(asked.challengeId!);
    expect(sent!.recipient).toBe(email.toUpperCase());
    const { session } = await at(now).privacy.verifyCode({ challengeId: asked.challengeId!, otp: sent!.otp });
    const codes = (await at(now).privacy.myData({ session })).complaints.map((c) => c.trackingCode).sort();
    expect(codes).toEqual([a.trackingCode, b.trackingCode].sort());

    const phone = `+62 813 ${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const byPhone = await file(now, { phone });
    const typedPhone = `0${phone.replace(/\D/g, "").slice(2)}`;
    // Without WhatsApp a number cannot be reached: refused the same whether it is held or not.
    await expect(at(now).privacy.requestCode({ contact: typedPhone })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { contact: ["errors.phoneNeedsWhatsApp"] } },
    });
    await expect(at(now).privacy.requestCode({ code: byPhone.trackingCode })).resolves.toEqual({
      challengeId: null,
      sentTo: null,
      unreachable: true,
    });
    const askedByPhone = await withWhatsApp(now).privacy.requestCode({ contact: typedPhone });
    const phoneCode = await codeSentFor(askedByPhone.challengeId!);
    expect(phoneCode!.channel).toBe("whatsapp");
    const phoneSession = await at(now).privacy.verifyCode({ challengeId: askedByPhone.challengeId!, otp: phoneCode!.otp });
    expect((await at(now).privacy.myData({ session: phoneSession.session })).complaints.map((c) => c.trackingCode)).toEqual([byPhone.trackingCode]);

    const unknown = await at(now).privacy.requestCode({ contact: `nobody.${randomUUID()}@example.org` });
    expect(unknown).toEqual({ challengeId: expect.any(String), sentTo: null, unreachable: false });
    expect(await codeSentFor(unknown.challengeId!)).toBeNull();
    await expect(at(now).privacy.verifyCode({ challengeId: unknown.challengeId!, otp: "123456" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await expect(at(now).privacy.requestCode({ contact: "not a contact" })).rejects.toMatchObject(refusedInput("contact", "errors.contactOnFile"));
    await expect(at(now).privacy.requestCode({})).rejects.toMatchObject(refusedInput("code", "errors.codeOrContact"));
    const anonymous = await file(now, null);
    expect(await at(now).privacy.requestCode({ code: anonymous.trackingCode })).toEqual({ challengeId: null, sentTo: null, unreachable: false });
  });
});

describe("per-contact limits count the person, not the spelling (fails before: each way of writing a number had its own three codes)", () => {
  it("three codes an hour for one number, however it is written", async () => {
    const now = new Date();
    const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
    await file(now, { phone: `+62 814 ${digits}` });
    const spellings = [
      `0814${digits}`,
      `+62814${digits}`,
      `62 814-${digits.slice(0, 4)}-${digits.slice(4)}`,
      `0814 ${digits.slice(0, 4)} ${digits.slice(4)}`,
    ];
    for (const contact of spellings.slice(0, 3)) await withWhatsApp(now).privacy.requestCode({ contact });
    await expect(withWhatsApp(now).privacy.requestCode({ contact: spellings[3]! })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      cause: { fieldErrors: { _form: ["errors.tooManyCodes"] } },
    });
  });
});

describe("a reporter's requests and the admin's decisions", () => {
  it("files a correction with its 3 × 24 h deadline, once, only for the session's own complaint; the admin grants it and the reporter is told", async () => {
    const now = new Date();
    const email = `koreksi.${randomUUID().slice(0, 6)}@example.org`;
    const filed = await file(now, { email, name: "Nama Salah" });
    const other = await file(now, { email: `lain.${randomUUID().slice(0, 6)}@example.org` });
    const { session } = await verified(now, filed.trackingCode);
    const reporter = at(now);
    await expect(reporter.privacy.fileRequest({ session, kind: "correction", complaintId: filed.complaintId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { name: ["errors.correctionEmpty"] } },
    });
    await expect(
      reporter.privacy.fileRequest({ session, kind: "correction", complaintId: other.complaintId, name: "Orang Lain" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const filedRequest = await reporter.privacy.fileRequest({ session, kind: "correction", complaintId: filed.complaintId, name: "Nama Benar" });
    expect(filedRequest.dueAt.getTime() - now.getTime()).toBe(72 * HOUR);
    await expect(reporter.privacy.fileRequest({ session, kind: "correction", complaintId: filed.complaintId, name: "Lagi" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { fieldErrors: { _form: ["errors.requestPending"] } },
    });

    const admin = await createUser(t.db, "admin");
    const investigator = await createUser(t.db, "investigator");
    await expect(
      at(now, actorOf(investigator)).privacy.decide({ requestId: filedRequest.requestId, decision: "granted", reason: "Nama sesuai KTP." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(at(now, actorOf(investigator)).privacy.requests({ status: "open" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const queue = await at(now, actorOf(admin)).privacy.requests({ status: "open" });
    expect(queue.find((r) => r.id === filedRequest.requestId)).toMatchObject({
      kind: "correction",
      details: { name: "Nama Benar" },
      overdue: false,
      article: "UU PDP art. 30(2)",
      reporter: expect.stringMatching(/^Pelapor #/),
    });
    await expect(
      at(now, actorOf(admin)).privacy.decide({ requestId: filedRequest.requestId, decision: "granted", reason: "singkat" }),
    ).rejects.toMatchObject(refusedInput("reason", "errors.decisionReason"));
    await at(now, actorOf(admin)).privacy.decide({
      requestId: filedRequest.requestId,
      decision: "granted",
      reason: "Nama diperbaiki sesuai permintaan.",
    });
    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, filed.complaintId));
    expect(contact).toMatchObject({ name: "Nama Benar", email });
    const [request] = await t.db.select().from(privacyRequests).where(eq(privacyRequests.id, filedRequest.requestId));
    expect(request).toMatchObject({ status: "granted", details: null, decidedById: admin.id });
    const [told] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `privacy.decision:${filedRequest.requestId}`));
    expect(told).toMatchObject({ recipient: email, template: "privacy_decision", payload: expect.objectContaining({ decision: "granted" }) });
    await expect(
      at(now, actorOf(admin)).privacy.decide({ requestId: filedRequest.requestId, decision: "refused", reason: "Sudah diputuskan sebelumnya." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("shows deadlines on the admin dashboard: open requests, the late ones, the nearest", async () => {
    const now = new Date();
    const admin = at(now, actorOf(await createUser(t.db, "admin")));
    const before = await admin.privacy.deadlines();
    const filed = await file(now, { email: `tenggat.${randomUUID().slice(0, 6)}@example.org` });
    const { session } = await verified(now, filed.trackingCode);
    await at(now).privacy.fileRequest({ session, kind: "erasure", complaintId: filed.complaintId });
    const later = at(new Date(now.getTime() + 73 * HOUR), actorOf(await createUser(t.db, "admin")));
    const after = await later.privacy.deadlines();
    expect(after.open).toBe(before.open + 1);
    expect(after.overdue).toBeGreaterThanOrEqual(1);
    expect((await later.privacy.requests({ status: "open" })).find((r) => r.complaintId === filed.complaintId)).toMatchObject({
      overdue: true,
      caseOpen: true,
    });
  });

  it("withdraws a complaint through the procedure when granted, and refuses to where the procedure does not allow it", async () => {
    const now = new Date();
    const admin = at(now, actorOf(await createUser(t.db, "admin")));
    const filed = await file(now, { email: `tarik.${randomUUID().slice(0, 6)}@example.org` });
    const { session } = await verified(now, filed.trackingCode);
    const { requestId } = await at(now).privacy.fileRequest({ session, kind: "withdrawal", complaintId: filed.complaintId, note: "Sudah beres." });
    await admin.privacy.decide({ requestId, decision: "granted", reason: "Pelapor menarik laporannya sendiri." });
    const [row] = await t.db
      .select({ stage: complaints.stage, outcome: complaints.outcome })
      .from(complaints)
      .where(eq(complaints.id, filed.complaintId));
    expect(row).toEqual({ stage: "closed", outcome: "withdrawn" });
    const again = await at(now).privacy.fileRequest({ session, kind: "withdrawal", complaintId: filed.complaintId });
    await expect(
      admin.privacy.decide({ requestId: again.requestId, decision: "granted", reason: "Pelapor menarik laporannya lagi." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { fieldErrors: { decision: ["errors.withdrawalStage"] } },
    });
  });
});

describe.each(storages.backends)("an erasure, with %s storage", (_name, makeStorage) => {
  it("may be refused while the examination is open; granted, it empties the contact, masks the text, deletes the bytes and leaves the statistics as they were", async () => {
    const storage = makeStorage();
    const now = new Date();
    const email = `hapus.${randomUUID().slice(0, 6)}@example.org`;
    const filed = await file(now, { email, name: "Rina Hapus", phone: "+62 812 9999 0000" }, { storage });
    const [file_] = await t.db.select().from(attachments).where(eq(attachments.complaintId, filed.complaintId));
    expect(await storage.get(file_!.storageKey)).not.toBeNull();
    const { session } = await verified(now, filed.trackingCode);
    const admin = at(now, actorOf(await createUser(t.db, "admin")));

    const first = await at(now).privacy.fileRequest({ session, kind: "erasure", complaintId: filed.complaintId });
    await admin.privacy.decide({ requestId: first.requestId, decision: "refused", reason: "Pemeriksaan masih berjalan (UU PDP pasal 15 ayat (1))." });
    expect((await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, filed.complaintId)))[0]).toMatchObject({ email });
    const [refusedNotice] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `privacy.decision:${first.requestId}`));
    expect(refusedNotice).toMatchObject({ recipient: email, payload: expect.objectContaining({ decision: "refused" }) });

    await t.db.execute(sql`update complaints set stage = 'closed', outcome = 'declined', closed_at = now() where id = ${filed.complaintId}`);
    const stats = await getPublicStatistics({ ctx: makeDomainCtx({ db: t.db }), input: {} });
    const second = await at(now).privacy.fileRequest({ session, kind: "erasure", complaintId: filed.complaintId });
    // Sent notices hold the address they went to: the erasure takes them too.
    await t.db
      .update(outbox)
      .set({ status: "sent" })
      .where(sql`${outbox.payload}->>'complaintId' = ${filed.complaintId}`);
    await factory(makeDomainCtx({ db: t.db, actor: actorOf(await createUser(t.db, "admin")), storage, now: () => now })).privacy.decide({
      requestId: second.requestId,
      decision: "granted",
      reason: "Laporan sudah ditutup; data pribadi dihapus.",
    });

    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, filed.complaintId));
    expect(contact).toMatchObject({ name: null, email: null, phone: null, anonymizedAt: now });
    const [complaint] = await t.db
      .select({ description: complaints.description, stage: complaints.stage })
      .from(complaints)
      .where(eq(complaints.id, filed.complaintId));
    expect(complaint!.description).not.toContain(email);
    expect(complaint!.description).toContain("[email dihapus]");
    expect(complaint!.description).toContain("[nomor dihapus]");
    const [removed] = await t.db.select().from(attachments).where(eq(attachments.id, file_!.id));
    expect(removed).toMatchObject({ removalReason: "erasure", removedAt: now });
    expect(await storage.get(file_!.storageKey)).toBeNull();
    const remaining = await t.db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}->>'complaintId' = ${filed.complaintId}`);
    // Only the decision's own notice is left, waiting to tell the reporter before it too expires.
    expect(remaining.map((r) => [r.template, r.status])).toEqual([["privacy_decision", "pending"]]);
    expect(await getPublicStatistics({ ctx: makeDomainCtx({ db: t.db }), input: {} })).toEqual(stats);
    // The session that opened the complaint is over.
    await expect(at(now).privacy.myData({ session })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "privacy.decide"), eq(auditLog.entityId, second.requestId)));
    expect(audit[0]!.after).toMatchObject({ kind: "erasure", status: "granted" });
    expect(JSON.stringify(audit)).not.toContain(email);
  });
});
