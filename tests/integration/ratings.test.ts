import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintMessages, complaintRatings, complaints, outbox, whatsappConversations } from "@/server/db/schema";
import { receiveWhatsAppMessage } from "@/server/domain/channel/whatsapp/receive-message";
import { renderWhatsAppText } from "@/server/domain/channel/whatsapp/render";
import { makeDomainCtx } from "@/server/domain/context";
import { renderMail } from "@/server/domain/notification/templates";
import { DATASETS } from "@/server/domain/open-data/datasets";
import { rateHandling } from "@/server/domain/rating/rate";
import { createComplaint, fileComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser } from "@/tests/helpers/factories";

// Reporters rate how their closed case was handled: once, changeable for 14 days, added up in public only from five on.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const DAY = 86_400_000;
const anonymous = () => callerFor(t.db, null);

/** A complaint closed by an investigator through the procedure (declined), as the reporter's mail then tells them. */
async function closedComplaint() {
  const filed = await createComplaint(t.db, { contactEmail: `rater-${Date.now()}-${Math.random()}@example.com` });
  const investigator = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const [row] = await t.db.select({ version: complaints.version }).from(complaints).where(eq(complaints.id, filed.complaintId));
  const started = await investigator.procedure.transition({
    complaintId: filed.complaintId,
    action: "start_verification",
    expectedVersion: row!.version,
  });
  await investigator.procedure.transition({
    complaintId: filed.complaintId,
    action: "decline",
    expectedVersion: started.version,
    reason: "di luar kewenangan",
    publicNote: "Laporan ini di luar kewenangan Ombudsman.",
  });
  return { ...filed, investigator };
}

/** A complaint of `agencyId` closed without the procedure (the figures only need it closed). */
async function closedOf(agencyId: string) {
  const filed = await fileComplaint(t.db);
  await t.db
    .update(complaints)
    .set({ stage: "closed", outcome: "declined", closedAt: new Date(), agencyId })
    .where(eq(complaints.id, filed.complaintId));
  return filed;
}

describe("rating the handling of a case", () => {
  it("is asked for when the case closes, taken once, shown to the reporter and staff, and changeable for 14 days", async () => {
    const c = await closedComplaint();
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.template, "complaint_stage")).orderBy(outbox.createdAt);
    const closing = (await t.db.select().from(outbox).where(eq(outbox.template, "complaint_stage"))).find(
      (m) => (m.payload as { trackingCode?: string }).trackingCode === c.trackingCode && (m.payload as { ratingAsk?: boolean }).ratingAsk,
    );
    expect(mail).toBeDefined();
    expect(closing).toBeDefined();
    const text = renderMail("complaint_stage", "id", closing!.payload, "https://sigap.test").text;
    expect(text).toContain("Beri nilai 1–5");
    expect(text).toContain(`https://sigap.test/track/${c.trackingCode}#rating`);
    expect(renderWhatsAppText("complaint_stage", "en", closing!.payload, "https://sigap.test")).toContain(
      "Reply to this message with a number from 1 to 5",
    );

    expect(await anonymous().complaint.track({ code: c.trackingCode })).toMatchObject({ canRate: true, rating: null });
    expect(await anonymous().complaint.rate({ code: c.trackingCode.toLowerCase(), score: 2, comment: "  Petugas tidak menjawab.  " })).toMatchObject({
      changed: false,
    });
    expect(await anonymous().complaint.track({ code: c.trackingCode })).toMatchObject({
      canRate: true,
      rating: { score: 2, comment: "Petugas tidak menjawab." },
    });
    // Staff see it on the case, and a low score puts the case on the dashboard until someone has looked.
    expect((await c.investigator.complaint.detail({ complaintId: c.complaintId })).rating).toMatchObject({
      score: 2,
      comment: "Petugas tidak menjawab.",
      channel: "web",
      reviewedAt: null,
    });
    const onDashboard = async () => (await c.investigator.stats.dashboard()).lowRatings.some((r) => r.complaintId === c.complaintId);
    expect(await onDashboard()).toBe(true);
    expect(await c.investigator.complaint.reviewRating({ complaintId: c.complaintId })).toEqual({ reviewed: true });
    expect(await onDashboard()).toBe(false);
    await expect(anonymous().complaint.reviewRating({ complaintId: c.complaintId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Changed on day 13: still one rating, and a new low score asks for a look again. On day 15 it is settled.
    const at = (days: number) => makeDomainCtx({ db: t.db, now: () => new Date(Date.now() + days * DAY) });
    expect(await rateHandling({ ctx: at(13), input: { code: c.trackingCode, score: 1 }, channel: "web" })).toMatchObject({ changed: true });
    expect(await onDashboard()).toBe(true);
    await expect(rateHandling({ ctx: at(15), input: { code: c.trackingCode, score: 5 }, channel: "web" })).rejects.toMatchObject({
      fieldErrors: { score: ["errors.ratingLocked"] },
    });
    const rows = await t.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, c.complaintId));
    expect(rows.map((r) => [r.score, r.comment])).toEqual([[1, null]]);
  });

  it("answers bad input and an open case with field errors, and stores nothing", async () => {
    const open = await createComplaint(t.db);
    await expect(anonymous().complaint.rate({ code: open.trackingCode, score: 4 })).rejects.toMatchObject({ code: "CONFLICT" });
    const c = await closedComplaint();
    for (const [input, field, key] of [
      [{ score: 0 }, "score", "errors.ratingScore"],
      [{ score: 6 }, "score", "errors.ratingScore"],
      [{ score: 2.5 }, "score", "errors.ratingScore"],
      [{ score: "lima" }, "score", "errors.ratingScore"],
      [{}, "score", "errors.ratingScore"],
      [{ score: 3, comment: "x".repeat(1001) }, "comment", "errors.ratingComment"],
    ] as const) {
      const error = await anonymous()
        .complaint.rate({ code: c.trackingCode, ...input } as { code: string; score: number })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect(JSON.stringify(error)).toContain(key);
      expect(JSON.stringify(error)).toContain(field);
    }
    await expect(anonymous().complaint.rate({ code: "ZZZZ-ZZZZ-Z9", score: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, c.complaintId))).toEqual([]);
    expect(await t.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, open.complaintId))).toEqual([]);
  });

  it("shows an agency's average and spread once 5 reporters have rated, in its scorecard, the statistics and open data", async () => {
    const agency = await createAgency(t.db);
    const scores = [5, 4, 4, 2, 5];
    const filed = [];
    for (const _ of scores) filed.push(await closedOf(agency.id));
    const card = async () => (await anonymous().stats.scorecard({ slug: agency.slug })).rating;
    expect(await card()).toEqual({ count: 0, average: null, distribution: null });
    for (const [i, score] of scores.slice(0, 4).entries()) await anonymous().complaint.rate({ code: filed[i]!.trackingCode, score });
    expect(await card()).toEqual({ count: 4, average: null, distribution: null });
    const dataset = DATASETS.find((d) => d.name === "ratings")!;
    const rowOf = async () => (await dataset.rows(t.db, new Date())).find((r) => r.agency === agency.nameId);
    expect(await rowOf()).toMatchObject({ ratings: 4, average: null, score_5: null, suppressed: true });
    await anonymous().complaint.rate({ code: filed[4]!.trackingCode, score: 5, comment: "Cepat dan jelas." });
    expect(await card()).toEqual({ count: 5, average: 4, distribution: [0, 1, 0, 2, 2] });
    expect(await rowOf()).toMatchObject({ ratings: 5, average: 4, score_1: 0, score_2: 1, score_4: 2, score_5: 2, suppressed: false });
    expect(JSON.stringify(await dataset.rows(t.db, new Date()))).not.toContain("Cepat dan jelas");
    const stats = await anonymous().stats.public({});
    expect(stats.rating.count).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(stats)).not.toContain("Cepat dan jelas");
  });

  it("takes a score replied on WhatsApp to the closing notice, and a number before closing is a message", async () => {
    const filed = await fileComplaint(t.db, { contactEmail: undefined, contactPhone: "+6281234567801" }, undefined, "whatsapp");
    const waId = "6281234567801";
    await t.db.insert(whatsappConversations).values({
      waId,
      step: "filed",
      locale: "id",
      answers: { complaintId: filed.complaintId, code: filed.trackingCode },
      lastInboundAt: new Date(),
    });
    const ctx = makeDomainCtx({ db: t.db });
    const send = (id: string, text: string) =>
      receiveWhatsAppMessage({ ctx, message: { id, waId, name: null, text, image: null }, fetchMedia: () => Promise.reject(new Error("no media")) });
    await send("wamid.rate-1", "4");
    expect(await t.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, filed.complaintId))).toEqual([]);
    expect((await t.db.select().from(complaintMessages).where(eq(complaintMessages.complaintId, filed.complaintId))).map((m) => m.body)).toContain(
      "4",
    );

    await t.db.update(complaints).set({ stage: "closed", outcome: "declined", closedAt: new Date() }).where(eq(complaints.id, filed.complaintId));
    await send("wamid.rate-2", "4 petugas cepat menanggapi");
    const [rating] = await t.db.select().from(complaintRatings).where(eq(complaintRatings.complaintId, filed.complaintId));
    expect(rating).toMatchObject({ score: 4, comment: "petugas cepat menanggapi", channel: "whatsapp" });
    const replies = await t.db.select().from(outbox).where(eq(outbox.recipient, waId));
    expect(replies.some((r) => (r.payload as { key?: string }).key === "ratingThanks")).toBe(true);
  });
});
