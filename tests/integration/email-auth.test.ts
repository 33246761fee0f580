import { eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintContacts, complaintMessages, complaints, outbox } from "@/server/db/schema";
import { receiveMail } from "@/server/domain/channel/email/receive-mail";
import { senderCheck } from "@/server/domain/channel/email/auth-results";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

let seq = 0;
const ctx = () =>
  makeDomainCtx({ db: t.db, config: { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } } });
/** A raw mail with the Authentication-Results headers given, topmost first, as the receiving server leaves it. */
const mail = (from: string, subject: string, text: string, authResults: string[] = []) =>
  new MailComposer({
    from,
    to: "pengaduan@sigap.test",
    subject,
    text,
    messageId: `<auth-${Date.now()}-${seq++}@warga.test>`,
    headers: authResults.map((value) => ({ key: "Authentication-Results", value })),
  })
    .compile()
    .build();
const messagesOf = (complaintId: string) => t.db.select().from(complaintMessages).where(eq(complaintMessages.complaintId, complaintId));

describe("email continues a case only for an authenticated sender (fails before: From: alone, with the code, was trusted)", () => {
  it("sets aside, unanswered, a mail whose sender failed the receiving server's checks; takes it when they passed", async () => {
    const from = `pelapor-${Date.now()}@warga.test`;
    const first = await receiveMail({
      ctx: ctx(),
      raw: await mail(from, "Loket tutup", "Loket pelayanan tutup sejak pagi padahal jadwal buka pukul 08.00."),
    });
    const [filed] = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(eq(complaints.id, first.complaintId!));
    const subject = `Tambahan untuk ${filed!.code}`;
    const outboxBefore = (await t.db.select().from(outbox)).length;

    const forged = await receiveMail({
      ctx: ctx(),
      raw: await mail(from, subject, "Tolong batalkan laporan saya.", [
        "mx.sigap.test; spf=fail smtp.mailfrom=warga.test; dkim=none; dmarc=fail (p=REJECT) header.from=warga.test",
      ]),
    });
    expect(forged).toMatchObject({ outcome: "ignored", reason: "sender_unauthenticated" });
    expect(await messagesOf(first.complaintId!)).toHaveLength(0);
    expect((await t.db.select().from(outbox)).length).toBe(outboxBefore);

    // A sender may write a passing header of their own below the server's: only the topmost (the server's) counts.
    const stacked = await receiveMail({
      ctx: ctx(),
      raw: await mail(from, subject, "Masih tutup.", [
        "mx.sigap.test; dmarc=fail header.from=warga.test",
        "mx.sigap.test; dmarc=pass header.from=warga.test",
      ]),
    });
    expect(stacked).toMatchObject({ outcome: "ignored", reason: "sender_unauthenticated" });

    const genuine = await receiveMail({
      ctx: ctx(),
      raw: await mail(from, subject, "Hari ini masih tutup.", [
        "mx.sigap.test; spf=pass smtp.mailfrom=warga.test; dkim=pass header.d=warga.test; dmarc=pass",
      ]),
    });
    expect(genuine).toMatchObject({ outcome: "reply", complaintId: first.complaintId });
    expect((await messagesOf(first.complaintId!)).map((m) => m.body)).toEqual(["Hari ini masih tutup."]);

    // With the server named (MAIL_AUTHSERV_ID), a header of any other server is not read, wherever it stands.
    const other = await receiveMail({
      ctx: ctx(),
      authservId: "mx.sigap.test",
      raw: await mail(from, subject, "Tambahan lagi.", ["evil.example; dmarc=pass", "mx.sigap.test; dmarc=fail"]),
    });
    expect(other).toMatchObject({ outcome: "ignored", reason: "sender_unauthenticated" });
    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, first.complaintId!));
    expect(contact!.email).toBe(from);
  });

  it("reads the verdict: DMARC first, else SPF or DKIM; no header of the trusted server is no verdict", () => {
    expect(senderCheck(["mx; dmarc=pass"], undefined)).toBe("pass");
    expect(senderCheck(["mx; spf=fail; dkim=pass"], undefined)).toBe("pass");
    expect(senderCheck(["mx; spf=softfail; dkim=fail"], undefined)).toBe("fail");
    expect(senderCheck(["mx (our server) ; spf=pass (sender IP is 10.0.0.1) smtp.mailfrom=x"], undefined)).toBe("pass");
    expect(senderCheck(["mx; none"], undefined)).toBe("unknown");
    expect(senderCheck([], undefined)).toBe("unknown");
    expect(senderCheck(["other; dmarc=pass"], "mx")).toBe("unknown");
    expect(senderCheck(["mx; dkim=fail; dkim=pass; dmarc=fail"], undefined)).toBe("fail");
  });
});
