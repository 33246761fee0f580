import { eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidents, incidentUpdates } from "@/server/db/schema";
import { makeDomainCtx } from "@/server/domain/context";
import { incidentUpdatesFeed } from "@/server/domain/incident/updates-feed";
import { publishedReportsFeed } from "@/server/domain/report/feed";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser, reportVersion } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

// What a hostile author would type to break out of a CDATA summary and forge entries.
const PAYLOAD = `Server pulih]]></summary></entry><entry><title>Palsu</title><id>urn:x</id><link href="https://evil.example"/></entry><entry><summary><![CDATA[ <script>alert(1)</script> &amp; <b>tebal</b>`;

type Entry = { title: { "#text": string; "@type": string }; summary: { "#text": string; "@type": string }; link: { "@href": string } };
function entriesOf(xml: string): Entry[] {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    processEntities: true,
    htmlEntities: false,
  }).parse(xml) as {
    feed: { entry?: Entry | Entry[] };
  };
  return ([] as Entry[]).concat(doc.feed.entry ?? []);
}

describe("Atom feeds carry hostile text as text (fails before: the statement forged entries)", () => {
  it("an agency statement with CDATA ends, closing tags and markup yields exactly the database's entries", async () => {
    const agency = await createAgency(t.db);
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    const responder = callerFor(t.db, actorOf(await createUser(t.db, "agency_responder", { agencyId: agency.id })));
    const first = await createComplaint(t.db, { contactEmail: undefined });
    const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactEmail: undefined });
    const incidentId = second.incidentId!;
    await t.db.update(incidents).set({ agencyId: agency.id }).where(eq(incidents.id, incidentId));
    await staff.incident.postUpdate({ incidentId, status: "investigating", body: "Ombudsman memeriksa antrean." });
    await t.db.update(incidents).set({ state: "confirmed", isPublic: true }).where(eq(incidents.id, incidentId));
    await responder.clarification.statement({ incidentId, body: PAYLOAD, language: "id" });
    const [incident] = await t.db.select().from(incidents).where(eq(incidents.id, incidentId));

    const xml = await incidentUpdatesFeed({ ctx: makeDomainCtx({ db: t.db }), input: { incident: incident!.code }, baseUrl: "https://sigap.test" });
    const rows = await t.db.select().from(incidentUpdates).where(eq(incidentUpdates.incidentId, incidentId));
    const entries = entriesOf(xml);
    expect(entries).toHaveLength(rows.length);
    expect(entries.map((e) => e.summary["#text"]).sort()).toEqual(rows.map((r) => r.body).sort());
    expect(entries.every((e) => e.summary["@type"] === "text" && e.title["@type"] === "text")).toBe(true);
    expect(entries.every((e) => e.link["@href"].startsWith("https://sigap.test/insiden/"))).toBe(true);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<![CDATA[");
  });

  it("a report title and summary with the same text yield exactly the published reports", async () => {
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
    const first = await createComplaint(t.db, { contactEmail: undefined });
    const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactEmail: undefined });
    const title = "Judul <i>miring</i> ]]> </title> <entry>";
    const { id: reportId } = await staff.report.create({ title, summary: PAYLOAD, incidentIds: [second.incidentId!] });
    await staff.report.submit({ reportId });
    await admin.report.publish({ reportId, expectedVersion: await reportVersion(t.db, reportId) });

    const xml = await publishedReportsFeed({ ctx: makeDomainCtx({ db: t.db }), baseUrl: "https://sigap.test" });
    const published = await callerFor(t.db, null).report.publishedList({});
    const entries = entriesOf(xml);
    expect(entries.map((e) => e.title["#text"])).toEqual(published.map((r) => r.title));
    expect(entries.map((e) => e.summary["#text"])).toEqual(published.map((r) => r.summary));
    expect(entries.map((e) => e.title["#text"])).toContain(title);
    expect(xml).not.toContain("<i>");
  });
});
