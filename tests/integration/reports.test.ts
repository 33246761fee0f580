import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, evaluationReportVersions, incidents } from "../../server/db/schema";
import { seedDemo } from "../../server/db/seed";
import { createTestDb, type TestDb } from "../helpers/db";
import { callerAs, callerFor, createAgency } from "../helpers/factories";

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
    await investigator.report.addRecommendation({ reportId: draft.id, agencyId: kemenkes.id, body: "Menyiapkan mekanisme cadangan e-HAC luring di bandara.", dueAt: new Date("2021-03-31") });
    await investigator.report.addRecommendation({ reportId: draft.id, agencyId: kemenkes.id, body: "Mengevaluasi kapasitas server e-HAC menjelang musim liburan.", dueAt: new Date("2021-06-30") });

    const anonymous = callerFor(t.db, null);
    await expect(anonymous.report.published({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(investigator.report.publish({ reportId: draft.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { caller: admin } = await callerAs(t.db, "admin");
    await expect(admin.report.publish({ reportId: draft.id })).rejects.toMatchObject({ code: "CONFLICT" }); // still a draft
    await investigator.report.submit({ reportId: draft.id });
    expect(await admin.report.publish({ reportId: draft.id })).toEqual({ slug: draft.slug, version: 1 });

    const page = await anonymous.report.published({ slug: draft.slug });
    expect(page).toMatchObject({ version: 1, title: expect.stringContaining("e-HAC"), maladministrationTypes: ["failure_to_provide_service", "undue_delay"] });
    expect(page.recommendations.map((r) => r.ordinal)).toEqual([1, 2]);
    expect(page.recommendations.every((r) => r.status === "pending")).toBe(true);
    expect(page.timeline.some((e) => e.text.startsWith("Laporan pertama"))).toBe(true);
    // Recommendations are fixed once published.
    await expect(investigator.report.addRecommendation({ reportId: draft.id, agencyId: kemenkes.id, body: "Rekomendasi terlambat ditambahkan.", dueAt: new Date() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("versions corrections after publication and marks them as such", async () => {
    const [incident] = await t.db.select().from(incidents).limit(1);
    const { caller: investigator } = await callerAs(t.db, "investigator");
    const { caller: admin } = await callerAs(t.db, "admin");
    const draft = await investigator.report.create({ title: "Laporan dengan koreksi", incidentIds: [incident!.id], findings: "Temuan awal." });
    await investigator.report.submit({ reportId: draft.id });
    await admin.report.publish({ reportId: draft.id });
    const detail = await t.db.query.evaluationReports.findFirst({ where: (r, { eq: e }) => e(r.id, draft.id) });
    await investigator.report.update({ reportId: draft.id, expectedVersion: detail!.version, findings: "Temuan yang dikoreksi: jam pemulihan 14.20 WIB." });
    await expect(admin.report.publish({ reportId: draft.id })).rejects.toMatchObject({ code: "BAD_REQUEST" }); // a correction needs a note
    await admin.report.publish({ reportId: draft.id, correctionNote: "Jam pemulihan diperbaiki." });
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
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["report.create", "report.submit", "report.publish", "report.update", "report.correct"]));
  });
});
