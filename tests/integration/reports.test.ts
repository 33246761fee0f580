import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, evaluationReports, evaluationReportVersions, incidents, incidentUpdates } from "@/server/db/schema";
import { makeDomainCtx } from "@/server/domain/context";
import { publishedReportPdf } from "@/server/domain/report/pdf";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs, callerFor, createAgency, reportVersion } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(() => t.destroy());

describe("evaluation reports", () => {
  it("drafts a report with a prefilled timeline and two recommendations; an admin publishes; the public reads it", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const { caller: investigator } = await callerAs(t.db, "investigator");
    const kemenkes = await createAgency(t.db, { nameId: "Kementerian Kesehatan (uji)" });
    const draft = await investigator.report.create({
      title: "Evaluasi gangguan e-HAC di Bandara Soekarno-Hatta, 19–20 Desember 2020",
      summary: "Gangguan server e-HAC menyebabkan antrean dan kerumunan.",
      bodyMd: "## Kronologi\n\nPenumpang mengisi ulang formulir kertas.",
      findings: "Tidak ada rencana cadangan saat server e-HAC tidak dapat diakses.",
      maladministrationTypes: ["failure_to_provide_service", "undue_delay"],
      incidentIds: [incident!.id],
    });
    expect(draft.slug).toMatch(/^evaluasi-gangguan-e-hac/);
    await investigator.report.addRecommendation({
      reportId: draft.id,
      agencyId: kemenkes.id,
      body: "Menyiapkan mekanisme cadangan e-HAC luring di bandara.",
      dueAt: new Date("2021-03-31"),
    });
    await investigator.report.addRecommendation({
      reportId: draft.id,
      agencyId: kemenkes.id,
      body: "Mengevaluasi kapasitas server e-HAC menjelang musim liburan.",
      dueAt: new Date("2021-06-30"),
    });

    const anonymous = callerFor(t.db, null);
    await expect(anonymous.report.published({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(investigator.report.publish({ reportId: draft.id, expectedVersion: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { caller: admin } = await callerAs(t.db, "admin");
    await expect(admin.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) })).rejects.toMatchObject({
      code: "CONFLICT",
    }); // still a draft
    await investigator.report.submit({ reportId: draft.id });
    expect(await admin.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) })).toEqual({
      slug: draft.slug,
      version: 1,
    });

    const page = await anonymous.report.published({ slug: draft.slug });
    expect(page).toMatchObject({
      version: 1,
      title: expect.stringContaining("e-HAC"),
      maladministrationTypes: ["failure_to_provide_service", "undue_delay"],
    });
    expect(page.recommendations.map((r) => r.ordinal)).toEqual([1, 2]);
    expect(page.recommendations.every((r) => r.status === "pending")).toBe(true);
    expect(page.timeline.some((e) => e.text.startsWith("Laporan pertama"))).toBe(true);
    // Recommendations are fixed once published.
    await expect(
      investigator.report.addRecommendation({
        reportId: draft.id,
        agencyId: kemenkes.id,
        body: "Rekomendasi terlambat ditambahkan.",
        dueAt: new Date(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("prefills the timeline in words: statuses translated, an agency's statement named as the agency's", async () => {
    const [statement] = await t.db
      .select({ incidentId: incidentUpdates.incidentId })
      .from(incidentUpdates)
      .where(isNotNull(incidentUpdates.agencyId))
      .limit(1);
    expect(statement).toBeDefined(); // the demo holds an agency statement on the e-HAC outage
    const { caller: investigator } = await callerAs(t.db, "investigator");
    const draft = await investigator.report.create({ title: "Kronologi dengan pernyataan instansi", incidentIds: [statement!.incidentId] });
    const [row] = await t.db.select({ timeline: evaluationReports.timeline }).from(evaluationReports).where(eq(evaluationReports.id, draft.id));
    const texts = row!.timeline.map((e) => e.text);
    expect(texts.some((x) => x.startsWith("Pernyataan Kementerian Kesehatan ("))).toBe(true);
    expect(texts.some((x) => x.startsWith("Pembaruan Ombudsman ("))).toBe(true);
    for (const x of texts) expect(x).not.toMatch(/Pembaruan publik|\((investigating|identified|monitoring|resolved)\)/);
  });

  it("versions corrections after publication and marks them as such", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const { caller: investigator } = await callerAs(t.db, "investigator");
    const { caller: admin } = await callerAs(t.db, "admin");
    const draft = await investigator.report.create({ title: "Laporan dengan koreksi", incidentIds: [incident!.id], findings: "Temuan awal." });
    await investigator.report.submit({ reportId: draft.id });
    await admin.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) });
    const detail = await t.db.query.evaluationReports.findFirst({ where: (r, { eq: e }) => e(r.id, draft.id) });
    await investigator.report.update({
      reportId: draft.id,
      expectedVersion: detail!.version,
      findings: "Temuan yang dikoreksi: jam pemulihan 14.20 WIB.",
    });
    await expect(admin.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    }); // a correction needs a note
    await admin.report.publish({
      reportId: draft.id,
      expectedVersion: await reportVersion(t.db, draft.id),
      correctionNote: "Jam pemulihan diperbaiki.",
    });
    const page = await callerFor(t.db, null).report.published({ slug: draft.slug });
    expect(page.version).toBe(2);
    expect(page.findings).toContain("dikoreksi");
    expect(page.versions).toEqual([
      expect.objectContaining({ version: 2, isCorrection: true, correctionNote: "Jam pemulihan diperbaiki." }),
      expect.objectContaining({ version: 1, isCorrection: false }),
    ]);
    const versions = await t.db.select().from(evaluationReportVersions).where(eq(evaluationReportVersions.reportId, draft.id));
    expect(versions.find((v) => v.version === 1)!.findings).toBe("Temuan awal."); // the first version is kept as published
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, draft.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["report.create", "report.submit", "report.publish", "report.update", "report.correct"]),
    );
  });
});

describe("four eyes on publication (fails before: one admin could draft, submit and publish alone)", () => {
  async function submitted(author: Awaited<ReturnType<typeof callerAs>>) {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const draft = await author.caller.report.create({ title: "Laporan empat mata", incidentIds: [incident!.id], summary: "Ringkasan awal." });
    await author.caller.report.submit({ reportId: draft.id });
    return draft;
  }

  it("refuses the admin who wrote, edited or submitted the text; another admin publishes the version they read", async () => {
    const first = await callerAs(t.db, "admin");
    const second = await callerAs(t.db, "admin");
    const draft = await submitted(first);
    await expect(first.caller.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // The text changes after the second admin read it: their approval does not cover it.
    const read = await reportVersion(t.db, draft.id);
    const investigator = await callerAs(t.db, "investigator");
    await investigator.caller.report.update({ reportId: draft.id, expectedVersion: read, findings: "Temuan ditambahkan setelah ditinjau." });
    await expect(second.caller.report.publish({ reportId: draft.id, expectedVersion: read })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await second.caller.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) })).toMatchObject({
      version: 1,
    });

    // A correction: whoever edits it may not approve it.
    await second.caller.report.update({
      reportId: draft.id,
      expectedVersion: await reportVersion(t.db, draft.id),
      summary: "Ringkasan yang dikoreksi.",
    });
    const correction = { reportId: draft.id, correctionNote: "Ringkasan diperbaiki.", expectedVersion: await reportVersion(t.db, draft.id) };
    await expect(second.caller.report.publish(correction)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const third = await callerAs(t.db, "admin");
    expect(await third.caller.report.publish(correction)).toMatchObject({ version: 2 });
  });

  it("a recommendation added in review moves the version, so the reviewer's publish conflicts; its author may not publish (fails before: neither)", async () => {
    const author = await callerAs(t.db, "investigator");
    const draft = await submitted(author);
    const reviewer = await callerAs(t.db, "admin");
    const read = await reportVersion(t.db, draft.id);
    const adder = await callerAs(t.db, "admin");
    const kemenkes = await createAgency(t.db, { nameId: "Kementerian Kesehatan (empat mata)" });
    const added = await adder.caller.report.addRecommendation({
      reportId: draft.id,
      agencyId: kemenkes.id,
      body: "Rekomendasi yang ditambahkan setelah ditinjau.",
      dueAt: new Date("2021-06-30"),
    });
    expect(added.version).toBe(read + 1);
    await expect(reviewer.caller.report.publish({ reportId: draft.id, expectedVersion: read })).rejects.toMatchObject({ code: "CONFLICT" });
    // The admin who added it is an author of the report now, even though the text is someone else's.
    await expect(adder.caller.report.publish({ reportId: draft.id, expectedVersion: added.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = await t.db.select().from(evaluationReports).where(eq(evaluationReports.id, draft.id));
    expect(row!.contributorIds).toEqual([author.user.id, adder.user.id]);
    expect(row!.lastEditedById).toBe(adder.user.id);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, draft.id));
    expect(audit.find((a) => a.action === "report.add_recommendation")).toMatchObject({ actorId: adder.user.id, after: { version: added.version } });
    expect(await reviewer.caller.report.publish({ reportId: draft.id, expectedVersion: added.version })).toMatchObject({ version: 1 });
  });
});

describe("report edits (fails before: a partial update blanked the other fields; free-text times broke the PDF)", () => {
  it("changes only the fields sent", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const { caller } = await callerAs(t.db, "investigator");
    const draft = await caller.report.create({
      title: "Laporan sebagian",
      incidentIds: [incident!.id],
      summary: "Ringkasan tetap.",
      bodyMd: "Isi tetap.",
      findings: "Temuan lama.",
      maladministrationTypes: ["undue_delay"],
    });
    await caller.report.update({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id), findings: "Temuan baru." });
    const row = await t.db.query.evaluationReports.findFirst({ where: (r, { eq: e }) => e(r.id, draft.id) });
    expect(row).toMatchObject({
      title: "Laporan sebagian",
      summary: "Ringkasan tetap.",
      bodyMd: "Isi tetap.",
      findings: "Temuan baru.",
      maladministrationTypes: ["undue_delay"],
    });
  });

  it("takes timeline times as dates (Jakarta time when no zone is given) and refuses free text with a field error", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const { caller } = await callerAs(t.db, "investigator", "en");
    const draft = await caller.report.create({ title: "Laporan lini masa", incidentIds: [incident!.id] });
    const bad = caller.report.update({
      reportId: draft.id,
      expectedVersion: await reportVersion(t.db, draft.id),
      timeline: [{ at: "kemarin sore", text: "Antrean mulai" }],
    });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await bad.catch((e: { cause?: { issues?: Array<{ path: unknown[]; message: string }> } }) => {
      expect(e.cause?.issues).toEqual([expect.objectContaining({ path: ["timeline", 0, "at"], message: "errors.timelineDate" })]);
    });
    await caller.report.update({
      reportId: draft.id,
      expectedVersion: await reportVersion(t.db, draft.id),
      timeline: [
        { at: "2020-12-19T06:00", text: "Antrean mulai" },
        { at: "2020-12-20", text: "Pulih" },
      ],
    });
    const row = await t.db.query.evaluationReports.findFirst({ where: (r, { eq: e }) => e(r.id, draft.id) });
    expect(row!.timeline).toEqual([
      { at: "2020-12-18T23:00:00.000Z", text: "Antrean mulai" },
      { at: "2020-12-19T17:00:00.000Z", text: "Pulih" },
    ]);
  });

  it("prints a timeline entry saved as free text before validation instead of failing", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const investigator = await callerAs(t.db, "investigator");
    const admin = await callerAs(t.db, "admin");
    const draft = await investigator.caller.report.create({ title: "Laporan lama berisi teks bebas", incidentIds: [incident!.id] });
    await t.db
      .update(evaluationReports)
      .set({ timeline: [{ at: "kemarin sore", text: "Data lama" }] })
      .where(eq(evaluationReports.id, draft.id));
    await investigator.caller.report.submit({ reportId: draft.id });
    await admin.caller.report.publish({ reportId: draft.id, expectedVersion: await reportVersion(t.db, draft.id) });
    const pdf = await publishedReportPdf({ ctx: makeDomainCtx({ db: t.db }), input: { slug: draft.slug }, baseUrl: "https://sigap.test" });
    expect(pdf).toBeTruthy();
  });
});
