import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidents, outbox } from "@/server/db/schema";
import { makeDomainCtx } from "@/server/domain/context";
import { incidentUpdatesFeed } from "@/server/domain/incident/updates-feed";
import { deliverDueMail } from "@/server/domain/notification/deliver";
import { smtpMailSender } from "@/server/domain/notification/mail-sender";
import { createComplaint } from "@/tests/helpers/complaints";
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

async function publicIncident() {
  const agency = await createAgency(t.db);
  const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const first = await createComplaint(t.db, { contactEmail: undefined, contactPhone: "+62811000222" });
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactEmail: undefined, contactPhone: "+62811000223" });
  const incidentId = second.incidentId!;
  await t.db.update(incidents).set({ agencyId: agency.id }).where(eq(incidents.id, incidentId));
  await staff.incident.postUpdate({ incidentId, status: "investigating", body: "Ombudsman sedang memeriksa antrean." });
  const [row] = await t.db.select().from(incidents).where(eq(incidents.id, incidentId));
  return { agency, staff, incidentId, code: row!.code };
}

const mailsTo = (email: string, template: string) =>
  t.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), eq(outbox.template, template)));

describe("following by email", () => {
  it("asks for confirmation first, then mails each update once per address with a one-click unsubscribe, and stops after it", async () => {
    const s = await publicIncident();
    const anonymous = callerFor(t.db, null);
    const email = `penumpang-${s.code.toLowerCase()}@example.org`;
    await anonymous.subscription.follow({ email, targetType: "incident", target: s.code });
    await anonymous.subscription.follow({ email: email.toUpperCase(), targetType: "agency", target: s.agency.slug });
    const confirmations = await mailsTo(email, "follow_confirm");
    expect(confirmations).toHaveLength(2);
    // Nothing but confirmations before confirming.
    await s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "identified", body: "Penyebab diketahui: sistem antrean mati." });
    expect(await mailsTo(email, "follow_update")).toHaveLength(0);

    for (const c of confirmations) expect(await anonymous.subscription.confirm({ token: String(c.payload.token) })).toEqual({ confirmed: true });
    expect(await anonymous.subscription.confirm({ token: String(confirmations[0]!.payload.token) })).toEqual({ confirmed: true }); // twice is fine
    // Following again once confirmed sends nothing new.
    await anonymous.subscription.follow({ email, targetType: "incident", target: s.code });
    expect(await mailsTo(email, "follow_confirm")).toHaveLength(2);

    const { updateId } = await s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "monitoring", body: "Layanan berangsur pulih." });
    const updates = await mailsTo(email, "follow_update");
    expect(updates).toHaveLength(1); // follows both the incident and its agency: one mail
    expect(updates[0]!.dedupeKey).toBe(`follow.update:${updateId}:${email}`);

    const before = sink.messages.length;
    await deliverDueMail({
      ctx: makeDomainCtx({ db: t.db }),
      send: smtpMailSender(sink.url, "Sigap <no-reply@sigap.test>"),
      baseUrl: "https://sigap.test",
    });
    const delivered = sink.messages.slice(before).find((m) => m.subject?.startsWith("Pembaruan:"))!;
    expect(delivered.text).toContain("Layanan berangsur pulih.");
    const header = (name: string) => delivered.headerLines.find((h) => h.key === name)?.line ?? "";
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const oneClick = /<(https:\/\/sigap\.test\/api\/subscriptions\/unsubscribe\?token=[^>]+)>/.exec(header("list-unsubscribe"))![1]!;
    const token = new URL(oneClick).searchParams.get("token")!;
    expect(delivered.text).toContain(`https://sigap.test/ikuti/berhenti?token=${encodeURIComponent(token)}`);

    expect(await anonymous.subscription.unsubscribe({ token })).toEqual({ unsubscribed: true });
    expect(await anonymous.subscription.unsubscribe({ token: "forged.token-value" })).toEqual({ unsubscribed: false });
    await s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "resolved", body: "Selesai." });
    // Unsubscribed from the incident only; the agency follow still brings the update.
    const after = await t.db
      .select()
      .from(outbox)
      .where(like(outbox.dedupeKey, `follow.update:%:${email}`));
    expect(after).toHaveLength(2);
  });

  it("refuses unknown targets and bad addresses with field errors", async () => {
    const anonymous = callerFor(t.db, null);
    await expect(anonymous.subscription.follow({ email: "a@example.org", targetType: "incident", target: "INC-NOPE00" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anonymous.subscription.follow({ email: "not-an-email", targetType: "agency", target: "kemenkes" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anonymous.subscription.confirm({ token: "x".repeat(32) })).resolves.toEqual({ confirmed: false });
  });

  it("offers the same updates as an Atom feed", async () => {
    const s = await publicIncident();
    await s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "identified", body: "Penyebab diketahui." });
    const xml = await incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: { incident: s.code }, baseUrl: "https://sigap.test" });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain(`<id>https://sigap.test/api/feeds/updates?incident=${s.code}</id>`);
    const byAgency = await incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: { agency: s.agency.slug }, baseUrl: "https://sigap.test" });
    expect(byAgency.match(/<entry>/g)).toHaveLength(2);
    await expect(incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: {}, baseUrl: "https://sigap.test" })).rejects.toMatchObject({
      kind: "NOT_FOUND",
    });
    // A subject that names nothing is a 404, like its page; one that exists but has no update yet is an empty feed.
    for (const input of [{ incident: "TIDAK-ADA" }, { agency: "tidak-ada" }, { service: "tidak-ada" }])
      await expect(
        incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input, baseUrl: "https://sigap.test" }),
        JSON.stringify(input),
      ).rejects.toMatchObject({
        kind: "NOT_FOUND",
      });
    const quiet = await createAgency(t.db);
    const empty = await incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: { agency: quiet.slug }, baseUrl: "https://sigap.test" });
    expect(empty).toContain("<feed");
    expect(empty).not.toContain("<entry>");
  });
});
