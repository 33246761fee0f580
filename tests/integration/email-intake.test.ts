import exifr from "exifr";
import { and, eq, sql } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, complaintContacts, complaintMessages, complaints, inboundMessages, outbox } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { messageReporter } from "@/server/domain/complaint/message-reporter";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { deliverDueMail } from "@/server/domain/notification/deliver";
import { smtpMailSender } from "@/server/domain/notification/mail-sender";
import { DONE_KEYWORD, pollMailbox } from "@/server/jobs/mailbox-intake";
import { mailboxPollDelay, startJobWorker } from "@/server/jobs/worker";
import { mailboxSender } from "@/server/domain/notification/mail-sender";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { hasDovecot, startDovecot } from "@/tests/helpers/dovecot";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";
import { jpegWithGps, PDF_BYTES } from "@/tests/helpers/images";
import { startSmtpSink } from "@/tests/helpers/smtp";

let t: TestDb;
let dovecot: Awaited<ReturnType<typeof startDovecot>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const BOX = "pengaduan";
const BASE = "https://sigap.test";
const OWN = "pengaduan@sigap.test";

beforeAll(async () => {
  if (!hasDovecot) return;
  t = await createTestDb();
  dovecot = await startDovecot([BOX]);
  sink = await startSmtpSink();
});
afterAll(async () => {
  if (!hasDovecot) return;
  await sink.stop();
  await dovecot.stop();
  await t.destroy();
});

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A mail as a person's client composes it (nodemailer's composer), with a Message-ID of its own. */
async function compose(mail: ConstructorParameters<typeof MailComposer>[0]): Promise<{ raw: Buffer; messageId: string }> {
  const messageId = `<${unique()}@warga.test>`;
  const raw = await new MailComposer({ to: OWN, messageId, date: new Date(), ...mail }).compile().build();
  return { raw, messageId };
}

const ctx = (rateLimit?: Partial<ReturnType<typeof defaultConfig>["rateLimit"]>) =>
  makeDomainCtx({ db: t.db, config: { ...defaultConfig(), rateLimit: { ...defaultConfig().rateLimit, ...rateLimit } } });
const poll = (rateLimit?: Parameters<typeof ctx>[0]) =>
  pollMailbox({ ctx: ctx(rateLimit), mailbox: { url: dovecot.url(BOX), folder: "INBOX" }, ownAddresses: [OWN] });
const deliver = () =>
  deliverDueMail({ ctx: makeDomainCtx({ db: t.db }), send: smtpMailSender(sink.url, `Sigap <no-reply@sigap.test>`, OWN), baseUrl: BASE });
const sentTo = (address: string) => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address);
const complaintsFrom = (address: string) =>
  t.db
    .select({
      id: complaints.id,
      channel: complaints.channel,
      confidential: complaints.confidential,
      code: complaints.trackingCode,
      description: complaints.description,
    })
    .from(complaints)
    .innerJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
    .where(eq(complaintContacts.email, address));

describe.skipIf(!hasDovecot)("reports by email, from a real IMAP mailbox (Dovecot) (skipped without dovecot-imapd; CI installs it)", () => {
  it("turns a new mail into a confidential email report with the sender as contact, marks it done, and answers in its thread", async () => {
    const from = `warga-${unique()}@warga.test`;
    const { raw, messageId } = await compose({
      from: `Rina Pelapor <${from}>`,
      subject: "Server e-HAC mati di Terminal 3",
      text: "Antrean panjang di Terminal 3 karena e-HAC tidak bisa dibuka. Kami disuruh isi formulir kertas lagi.",
    });
    await dovecot.deliver(BOX, raw);
    const { results } = await poll();
    expect(results).toEqual([expect.objectContaining({ outcome: "complaint" })]);
    const [filed] = await complaintsFrom(from);
    expect(filed).toMatchObject({ channel: "email", confidential: true });
    expect(filed!.description).toContain("Server e-HAC mati di Terminal 3");
    expect(filed!.description).toContain("isi formulir kertas");
    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, filed!.id));
    expect(contact).toMatchObject({ email: from, name: "Rina Pelapor" });
    expect((await dovecot.list(BOX)).find((m) => m.messageId === messageId)!.flags).toEqual(expect.arrayContaining([DONE_KEYWORD]));
    // Investigators find it under its channel in the queue.
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    expect((await staff.complaint.queue({ channel: "email" })).items.map((i) => i.trackingCode)).toContain(filed!.code);
    expect((await staff.complaint.queue({ channel: "whatsapp" })).items.map((i) => i.trackingCode)).not.toContain(filed!.code);

    await deliver();
    const [ack] = sentTo(from);
    expect(ack!.subject).toContain(filed!.code);
    expect(ack!.text).toContain(`${BASE}/track/${filed!.code}`);
    expect(ack!.inReplyTo).toBe(messageId);
    expect(ack!.replyTo?.text).toBe(OWN);
    // A second poll finds nothing new; the same mail delivered again (a copy) is acted on once.
    expect((await poll()).received).toBe(0);
    await dovecot.deliver(BOX, raw);
    expect((await poll()).results).toEqual([expect.objectContaining({ outcome: "ignored", again: true })]);
    expect(await complaintsFrom(from)).toHaveLength(1);
  });

  it("reads an HTML-only mail as text, and takes a PDF and a photo with its GPS stripped", async () => {
    const from = `foto-${unique()}@warga.test`;
    const photo = await jpegWithGps();
    const { raw } = await compose({
      from,
      subject: "Petugas minta uang",
      html: "<p>Petugas di loket <b>meminta uang</b> Rp50.000 untuk surat keterangan.</p><script>alert(1)</script>",
      attachments: [
        { filename: "IMG_0001.jpg", content: Buffer.from(photo), contentType: "image/jpeg" },
        { filename: "kuitansi.pdf", content: Buffer.from(PDF_BYTES), contentType: "application/pdf" },
        { filename: "kontak.vcf", content: "BEGIN:VCARD\nEND:VCARD\n", contentType: "text/vcard" },
      ],
    });
    await dovecot.deliver(BOX, raw);
    expect((await poll()).results).toEqual([expect.objectContaining({ outcome: "complaint" })]);
    const [filed] = await complaintsFrom(from);
    expect(filed!.description).toContain("meminta uang Rp50.000");
    expect(filed!.description).not.toContain("<b>");
    expect(filed!.description).not.toContain("alert(1)");
    expect(filed!.description).toContain("kontak.vcf"); // named as left out, not lost silently
    const stored = await t.db.select().from(attachments).where(eq(attachments.complaintId, filed!.id));
    expect(stored.map((a) => a.mimeType).sort()).toEqual(["application/pdf", "image/jpeg"]);
    const jpeg = await makeDomainCtx({ db: t.db }).storage.get(stored.find((a) => a.mimeType === "image/jpeg")!.storageKey);
    const exif = await exifr.parse(Buffer.from(jpeg!), { gps: true, tiff: true });
    expect(exif?.latitude).toBeUndefined();
    expect(Buffer.from(jpeg!).includes(Buffer.from("SigapPhone"))).toBe(false);
  });

  it("threads the staff's message to the reporter, and lands the reporter's reply on the same case", async () => {
    const from = `balas-${unique()}@warga.test`;
    const first = await compose({ from, subject: "Loket tutup", text: "Loket pelayanan tutup sejak pagi padahal jadwal buka pukul 08.00." });
    await dovecot.deliver(BOX, first.raw);
    await poll();
    const [filed] = await complaintsFrom(from);
    const investigator = await createUser(t.db, "investigator");
    await messageReporter({
      ctx: makeDomainCtx({ db: t.db, actor: actorOf(investigator) }),
      input: { complaintId: filed!.id, body: "Loket mana yang Anda maksud?" },
    });
    await deliver();
    const question = sentTo(from).find((m) => m.text?.includes("Loket mana"))!;
    expect(question.inReplyTo).toBe(first.messageId);
    expect([question.references].flat()).toContain(first.messageId);

    // The reporter answers from their mail client: In-Reply-To is the mail they got.
    const answer = await compose({
      from,
      subject: `Re: ${question.subject}`,
      text: "Loket 2 di lantai dasar.",
      inReplyTo: question.messageId,
      references: [first.messageId, question.messageId!],
    });
    await dovecot.deliver(BOX, answer.raw);
    expect((await poll()).results).toEqual([expect.objectContaining({ outcome: "reply", complaintId: filed!.id })]);
    expect(await complaintsFrom(from)).toHaveLength(1);
    const messages = await t.db.select().from(complaintMessages).where(eq(complaintMessages.complaintId, filed!.id));
    expect(messages.map((m) => [m.direction, m.body])).toEqual(
      expect.arrayContaining([
        ["to_reporter", "Loket mana yang Anda maksud?"],
        ["from_reporter", "Loket 2 di lantai dasar."],
      ]),
    );

    // A tracking code in the subject continues the case too, but only for its own reporter.
    const bySubject = await compose({ from, subject: `Tambahan untuk ${filed!.code}`, text: "Hari ini masih tutup." });
    const stranger = `lain-${unique()}@warga.test`;
    const byStranger = await compose({ from: stranger, subject: `Tambahan untuk ${filed!.code}`, text: "Saya juga mengalami loket tutup hari ini." });
    await dovecot.deliver(BOX, bySubject.raw);
    await dovecot.deliver(BOX, byStranger.raw);
    expect((await poll()).results.map((r) => r.outcome)).toEqual(["reply", "complaint"]);
    expect(await complaintsFrom(stranger)).toHaveLength(1);
  });

  it("never files nor answers auto-replies, bounces, bulk mail or its own mail", async () => {
    const before = (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints`))[0]!.n;
    const outboxBefore = (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from outbox`))[0]!.n;
    const vacation = await compose({
      from: `cuti-${unique()}@warga.test`,
      subject: "Out of office",
      text: "I am away until Monday.",
      headers: { "Auto-Submitted": "auto-replied" },
    });
    const bulk = await compose({
      from: `promo-${unique()}@toko.test`,
      subject: "Diskon!",
      text: "Diskon besar hari ini.",
      headers: { Precedence: "bulk" },
    });
    const bounce = await compose({
      from: "MAILER-DAEMON@mx.warga.test",
      subject: "Undelivered Mail Returned to Sender",
      text: "This is the mail system.",
    });
    const dsn = Buffer.from(
      `From: postmaster@mx.warga.test\r\nTo: ${OWN}\r\nSubject: Delivery Status Notification\r\nMessage-ID: <${unique()}@mx.warga.test>\r\n` +
        `MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--b--\r\n`,
    );
    const own = await compose({ from: `Sigap <${OWN}>`, subject: "Laporan diterima", text: "Terima kasih, laporan Anda tercatat." });
    for (const m of [vacation.raw, bulk.raw, bounce.raw, dsn, own.raw]) await dovecot.deliver(BOX, m);
    const { results } = await poll();
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ["ignored", "auto_submitted"],
      ["ignored", "precedence"],
      ["ignored", "system_sender"],
      ["ignored", "delivery_report"],
      ["ignored", "own_address"],
    ]);
    expect((await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints`))[0]!.n).toBe(before);
    expect((await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from outbox`))[0]!.n).toBe(outboxBefore);
  });

  it("counts a sender's mail against the same quota as the web, and answers a refused one politely, once a day", async () => {
    const from = `banyak-${unique()}@warga.test`;
    for (let i = 0; i < 4; i++)
      await dovecot.deliver(BOX, (await compose({ from, subject: `Laporan ${i}`, text: `Antrean panjang di loket ${i}.` })).raw);
    const { results } = await poll({ submitPerContact: 2 });
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ["complaint", undefined],
      ["complaint", undefined],
      ["refused", "rate_limited"],
      ["refused", "rate_limited"],
    ]);
    const empty = await compose({ from: `kosong-${unique()}@warga.test`, subject: "", text: "" });
    await dovecot.deliver(BOX, empty.raw);
    expect((await poll()).results).toEqual([expect.objectContaining({ outcome: "refused", reason: "empty" })]);
    await deliver();
    const refusals = sentTo(from).filter((m) => m.subject?.includes("belum dapat"));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.text).toContain("terlalu banyak laporan");
    expect(await complaintsFrom(from)).toHaveLength(2);
  });

  it("loses nothing and files nothing twice when the mail server goes away mid-poll", async () => {
    const senders = [0, 1, 2].map((i) => `putus-${i}-${unique()}@warga.test`);
    for (const from of senders)
      await dovecot.deliver(BOX, (await compose({ from, subject: "Server mati", text: "Aplikasi antrean tidak bisa dibuka sama sekali." })).raw);
    let first = true;
    const interrupted = pollMailbox({
      ctx: ctx(),
      mailbox: { url: dovecot.url(BOX), folder: "INBOX" },
      // The first mail's report is committed; the server dies before it is marked done.
      afterEach: async () => {
        if (first) {
          first = false;
          await dovecot.down();
        }
      },
    });
    await expect(interrupted).rejects.toThrow();
    await dovecot.up();
    const { results } = await poll();
    expect(results.map((r) => r.outcome)).toEqual(["ignored", "complaint", "complaint"]);
    for (const from of senders) expect(await complaintsFrom(from)).toHaveLength(1);
    const marked = (await dovecot.list(BOX)).filter((m) => m.flags.includes(DONE_KEYWORD));
    expect(marked.length).toBe((await dovecot.list(BOX)).length);
    const [log] = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${inboundMessages} where outcome = 'complaint'`);
    expect(log!.n).toBeGreaterThanOrEqual(3);
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.template, "intake_received"), sql`${outbox.recipient} in ${senders}`)),
    ).toHaveLength(3);
  });

  it("the job worker reads the mailbox by itself and files what arrives, within seconds", async () => {
    const from = `pekerja-${unique()}@warga.test`;
    const boss = await startJobWorker({
      handle: t,
      databaseUrl: t.url,
      send: mailboxSender,
      baseUrl: BASE,
      mailbox: { url: dovecot.url(BOX), folder: "INBOX", pollSeconds: 0.5 },
      ownAddresses: [OWN],
    });
    try {
      await dovecot.deliver(BOX, (await compose({ from, subject: "Antrean", text: "Antrean imigrasi mengular sampai ke parkiran." })).raw);
      let filed: Awaited<ReturnType<typeof complaintsFrom>> = [];
      for (let i = 0; i < 100 && filed.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        filed = await complaintsFrom(from);
      }
      expect(filed).toHaveLength(1);
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
  });

  it("backs off while the mailbox fails: poll × 2ⁿ, at most a minute", () => {
    expect([0, 1, 2, 3, 10].map((n) => mailboxPollDelay(5, n))).toEqual([5, 10, 20, 40, 60]);
  });
});
