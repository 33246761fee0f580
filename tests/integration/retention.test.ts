import { randomUUID } from "node:crypto";
import { eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachments,
  auditLog,
  complaintContacts,
  complaintMessages,
  complaints,
  outbox,
  privacyChallenges,
  whatsappConversations,
} from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { applyRetention } from "@/server/domain/privacy/apply-retention";
import { getPublicStatistics } from "@/server/domain/stats/public-statistics";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { storageBackends } from "@/tests/helpers/storage-backends";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";
import { DEFAULT_RETENTION } from "@/server/domain/privacy/retention-schedule";
import { jpegWithGps } from "@/tests/helpers/images";

let t: TestDb;
const storages = storageBackends("sigap-retention");
beforeAll(async () => {
  t = await createTestDb();
  await storages.start();
});
afterAll(async () => {
  await storages.stop();
  await t.destroy();
});

const DAY = 86_400_000;

describe("the retention schedule", () => {
  it("is the documented defaults until an admin changes it, field by field, with translated errors and an audit event", async () => {
    const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
    const anyone = callerFor(t.db, null);
    expect(await anyone.privacy.retention()).toEqual(DEFAULT_RETENTION);
    await expect(admin.privacy.setRetention({ ...DEFAULT_RETENTION, contactDaysAfterClose: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["contactDaysAfterClose"], message: "errors.retentionDays" })] },
    });
    await admin.privacy.setRetention({ ...DEFAULT_RETENTION, contactDaysAfterClose: 365 });
    expect((await anyone.privacy.retention()).contactDaysAfterClose).toBe(365);
    const [event] = await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.retention"));
    expect(event).toMatchObject({ before: { contactDaysAfterClose: 730 }, after: { contactDaysAfterClose: 365 } });
    await admin.privacy.setRetention(DEFAULT_RETENTION);
  });
});

describe.each(storages.backends)("the retention job, with %s storage", (_name, makeStorage) => {
  it("anonymises exactly what has expired, deletes expired bytes, changes nothing the second time, and leaves the statistics as they were", async () => {
    const storage = makeStorage();
    const t0 = new Date(Date.now() - 2 * DAY);
    const ctxAt = (now: Date) =>
      makeDomainCtx({
        db: t.db,
        storage,
        now: () => now,
        config: { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } },
      });
    const tag = randomUUID().slice(0, 8);
    const file = async (who: string) =>
      submitComplaint({
        ctx: ctxAt(t0),
        files: [{ name: "foto.jpg", bytes: await jpegWithGps() }],
        input: {
          idempotencyKey: `ret${tag}${who}`.padEnd(20, "x"),
          category: "illegal_fee",
          occurredAt: t0.toISOString(),
          description: `Petugas ${tag} minta uang. Hubungi saya di ${who}.${tag}@example.org atau 0812-3456-7890 kapan saja.`,
          contactName: `Nama ${who} ${tag}`,
          contactEmail: `${who}.${tag}@example.org`,
          contactPhone: "+6281234567890",
          confidential: true,
        },
      });
    const [a, b, c] = [await file("a"), await file("b"), await file("c")];
    await t.db
      .insert(complaintMessages)
      .values({ complaintId: a.complaintId, direction: "from_reporter", body: `Nomor saya +62 812 3456 7890 (${tag})`, createdAt: t0 });
    // A was closed 400 days after it came in, B ten days before now; C is still open.
    const close = (id: string, at: Date) =>
      t.db.execute(sql`update complaints set stage = 'closed', outcome = 'declined', closed_at = ${at.toISOString()}::timestamptz where id = ${id}`);
    await close(a.complaintId, new Date(t0.getTime() - 400 * DAY));
    await close(b.complaintId, new Date(t0.getTime() - 10 * DAY));
    await t.db.insert(whatsappConversations).values({ waId: `62${Date.now()}`, step: "category", lastInboundAt: t0, updatedAt: t0 });
    await t.db
      .insert(outbox)
      .values({ template: "complaint_stage", recipient: `old.${tag}@example.org`, dedupeKey: `old:${tag}`, status: "sent", createdAt: t0 });
    // A reporter's one-time code: one long used up, one whose session is still open a year on.
    const [spent, live] = [randomUUID(), randomUUID()];
    await t.db.insert(privacyChallenges).values([
      { id: spent, complaintIds: [a.complaintId], codeHash: "x", expiresAt: t0 },
      {
        id: live,
        complaintIds: [b.complaintId],
        codeHash: "y",
        expiresAt: t0,
        sessionHash: `s${tag}`,
        sessionExpiresAt: new Date(t0.getTime() + 400 * DAY),
      },
    ]);
    const stats = async () => getPublicStatistics({ ctx: ctxAt(new Date()), input: {} });
    const before = await stats();
    const contact = async (id: string) => (await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, id)))[0]!;
    const photo = async (id: string) => (await t.db.select().from(attachments).where(eq(attachments.complaintId, id)))[0]!;
    const photoOfA = await photo(a.complaintId);
    expect(await storage.get(photoOfA.storageKey)).not.toBeNull();

    // A year on: A's case has been closed 765 days (over the 730 for contacts, under the 1,825 for files).
    const yearOn = new Date(t0.getTime() + 365 * DAY);
    const first = await applyRetention({ ctx: ctxAt(yearOn) });
    expect(first.contacts).toBeGreaterThanOrEqual(1);
    expect(await contact(a.complaintId)).toMatchObject({ name: null, email: null, phone: null, anonymizedAt: yearOn });
    expect(await contact(b.complaintId)).toMatchObject({ email: `b.${tag}@example.org`, anonymizedAt: null });
    expect(await contact(c.complaintId)).toMatchObject({ email: `c.${tag}@example.org`, anonymizedAt: null });
    const [textOfA] = await t.db.select({ d: complaints.description }).from(complaints).where(eq(complaints.id, a.complaintId));
    expect(textOfA!.d).toBe(`Petugas ${tag} minta uang. Hubungi saya di [email dihapus] atau [nomor dihapus] kapan saja.`);
    const [messageOfA] = await t.db
      .select({ body: complaintMessages.body })
      .from(complaintMessages)
      .where(eq(complaintMessages.complaintId, a.complaintId));
    expect(messageOfA!.body).toBe(`Nomor saya [nomor dihapus] (${tag})`);
    const [textOfB] = await t.db.select({ d: complaints.description }).from(complaints).where(eq(complaints.id, b.complaintId));
    expect(textOfB!.d).toContain(`b.${tag}@example.org`);
    expect(await storage.get(photoOfA.storageKey)).not.toBeNull();
    expect((await photo(a.complaintId)).removedAt).toBeNull();
    // Fingerprints after 30 days, unfinished conversations after 30 days, sent mail after 90.
    const [fp] = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaints where request_fingerprint is not null and idempotency_key like ${`ret${tag}%`}`,
    );
    expect(fp!.n).toBe(0);
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(like(outbox.dedupeKey, `old:${tag}`)),
    ).toHaveLength(0);
    expect(first.conversations).toBeGreaterThanOrEqual(1);
    expect(
      (
        await t.db
          .select({ id: privacyChallenges.id })
          .from(privacyChallenges)
          .where(inArray(privacyChallenges.id, [spent, live]))
      ).map((r) => r.id),
    ).toEqual([live]);

    // The audit has one event per batch, with counts and the cut-off, never a contact.
    const events = await t.db.select().from(auditLog).where(like(auditLog.action, "retention.%"));
    expect(events.find((e) => e.action === "retention.anonymise_contacts")!.after).toMatchObject({
      rows: expect.any(Number),
      before: expect.any(String),
    });
    for (const e of events) expect(JSON.stringify(e)).not.toMatch(new RegExp(`${tag}@|Nama [abc]|6281234567890`));

    // A second run at the same time changes nothing, and writes no audit event.
    expect(await applyRetention({ ctx: ctxAt(yearOn) })).toEqual({
      contacts: 0,
      attachments: 0,
      fingerprints: 0,
      conversations: 0,
      outbox: 0,
      rateLimits: 0,
      revokedSessions: 0,
      verifications: 0,
      monitorChecks: 0,
      monitorMinutes: 0,
    });
    expect(await t.db.select().from(auditLog).where(like(auditLog.action, "retention.%"))).toHaveLength(events.length);

    // Five years on: A's photo bytes are gone (its row says when and why); B's contact too, B's photo stays.
    const fiveYearsOn = new Date(t0.getTime() + 1500 * DAY);
    await applyRetention({ ctx: ctxAt(fiveYearsOn) });
    expect(await storage.get(photoOfA.storageKey)).toBeNull();
    expect(await photo(a.complaintId)).toMatchObject({ removedAt: fiveYearsOn, removalReason: "retention" });
    expect(await contact(b.complaintId)).toMatchObject({ email: null, anonymizedAt: fiveYearsOn });
    expect(await storage.get((await photo(b.complaintId)).storageKey)).not.toBeNull();
    expect(await contact(c.complaintId)).toMatchObject({ email: `c.${tag}@example.org` });

    expect(await stats()).toEqual(before);
  });
});
