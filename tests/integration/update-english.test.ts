import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentUpdates, incidents, outbox } from "@/server/db/schema";
import { renderMail } from "@/server/domain/notification/templates";
import { makeDomainCtx } from "@/server/domain/context";
import { incidentUpdatesFeed } from "@/server/domain/incident/updates-feed";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";

// Public updates are written in Indonesian; staff may add the English text, which the English pages show.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

async function incident() {
  const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const first = await createComplaint(t.db);
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId });
  const incidentId = second.incidentId!;
  const [row] = await t.db.select({ code: incidents.code }).from(incidents).where(eq(incidents.id, incidentId));
  return { staff, incidentId, code: row!.code, trackingCode: first.trackingCode };
}

describe("the English text of a public update", () => {
  it("is kept beside the Indonesian one and reaches the incident page, the board and the reporter's tracking page", async () => {
    const s = await incident();
    await s.staff.incident.postUpdate({
      incidentId: s.incidentId,
      status: "identified",
      body: "Server e-HAC tidak dapat dijangkau dari bandara.",
      bodyEn: "The e-HAC server cannot be reached from the airport.",
    });
    // No English given, blank English, and an update written in English: none carries an English text of its own.
    await s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "monitoring", body: "Petugas menambah loket kertas.", bodyEn: "   " });
    await s.staff.incident.postUpdate({
      incidentId: s.incidentId,
      status: "monitoring",
      body: "Paper desks were added.",
      language: "en",
      bodyEn: "ignored text",
    });
    const anonymous = callerFor(t.db, null);
    const page = await anonymous.incident.public({ code: s.code });
    expect(page.updates.map((u) => [u.language, u.bodyEn])).toEqual([
      ["id", "The e-HAC server cannot be reached from the airport."],
      ["id", null],
      ["en", null],
    ]);
    const board = await anonymous.incident.board();
    expect(
      board.active.find((i) => i.code === s.code)?.updates.some((u) => u.bodyEn === "The e-HAC server cannot be reached from the airport."),
    ).toBe(true);
    // The Atom feed (Indonesian) carries the English text as the entry's content, and marks an English summary.
    const feed = await incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: { incident: s.code }, baseUrl: "https://sigap.test" });
    expect(feed).toMatch(/<content type="text" xml:lang="en">The e-HAC server cannot be reached from the airport\.<\/content>/);
    expect(feed).toMatch(/<summary type="text" xml:lang="en">Paper desks were added\.<\/summary>/);
    expect(feed.match(/<content /g)).toHaveLength(1);
    const tracked = await anonymous.complaint.track({ code: s.trackingCode });
    expect(tracked.timeline.filter((i) => i.kind === "incident_update").map((i) => ("bodyEn" in i ? i.bodyEn : undefined))).toContain(
      "The e-HAC server cannot be reached from the airport.",
    );
    // The reporters' mail carries both texts: an English reader gets the English one, an Indonesian reader the original.
    const mails = await t.db.select().from(outbox).where(eq(outbox.template, "incident_update"));
    const mail = mails.find((m) => m.payload.bodyEn === "The e-HAC server cannot be reached from the airport.");
    expect(mail).toBeDefined();
    expect(renderMail("incident_update", "en", mail!.payload, "https://sigap.test").text).toContain(
      "The e-HAC server cannot be reached from the airport.",
    );
    expect(renderMail("incident_update", "id", mail!.payload, "https://sigap.test").text).toContain(
      "Server e-HAC tidak dapat dijangkau dari bandara.",
    );
  });

  it("refuses an English text that is too short or too long with a field error, and posts nothing", async () => {
    const s = await incident();
    const updatesOf = () => t.db.select({ id: incidentUpdates.id }).from(incidentUpdates).where(eq(incidentUpdates.incidentId, s.incidentId));
    const before = await updatesOf();
    for (const [bodyEn, key] of [
      ["Hi", "errors.updateShort"],
      ["x".repeat(4001), "errors.descriptionLong"],
    ])
      await expect(
        s.staff.incident.postUpdate({ incidentId: s.incidentId, status: "identified", body: "Penyebab sudah diketahui.", bodyEn }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ path: ["bodyEn"], message: key })] },
      });
    expect(await updatesOf()).toEqual(before);
  });
});
