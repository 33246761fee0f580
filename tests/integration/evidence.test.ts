import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationReports, evaluationReportVersions, incidents } from "@/server/db/schema";
import { extractText } from "unpdf";
import { makeDomainCtx } from "@/server/domain/context";
import { publishedReportPdf } from "@/server/domain/report/pdf";
import { computeEvidencePack } from "@/server/domain/report/evidence/compute";
import { readEvidence } from "@/server/domain/report/evidence/pack";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { EHAC_OUTAGE } from "@/server/seed/monitor-history";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs, callerFor, reportVersion } from "@/tests/helpers/factories";
import { createComplaint } from "@/tests/helpers/complaints";

let t: TestDb;
let reportId: string;
let slug: string;
let incidentId: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const [report] = await t.db.select().from(evaluationReports).limit(1);
  reportId = report!.id;
  slug = report!.slug;
  const [incident] = await t.db.select().from(incidents).where(eq(incidents.state, "confirmed")).limit(1);
  incidentId = incident!.id;
});
afterAll(() => t.destroy());

describe("evidence pack", () => {
  it("publishes the demo report with the figures the record holds: the measured outage, milestones, the clarification against its deadline", async () => {
    const published = await callerFor(t.db, null).report.published({ slug });
    const e = published.evidence!;
    const [incident] = await t.db.select().from(incidents).where(eq(incidents.id, incidentId));
    expect(e.totalReports).toBe(incident!.reportCount);
    expect(e.series.unit).toBe("hour");
    // Every report counted in some hour; hours under five reports withhold their number.
    const shown = e.series.points.reduce((n, p) => n + (p.count ?? 0), 0);
    const withheld = e.series.points.filter((p) => p.count === null).length;
    expect(shown).toBeLessThanOrEqual(e.totalReports);
    expect(shown + withheld * 4).toBeGreaterThanOrEqual(e.totalReports);
    expect(e.series.points[0]!.at <= incident!.firstReportAt!.toISOString()).toBe(true);
    expect(e.outages).toEqual([
      {
        monitor: "e-HAC — halaman pengisian",
        startedAt: EHAC_OUTAGE.startedAt.toISOString(),
        endedAt: EHAC_OUTAGE.endedAt.toISOString(),
        failedChecks: 1929,
      },
    ]);
    expect(e.milestones).toEqual({
      firstReport: incident!.firstReportAt!.toISOString(),
      confirmed: wibInstant("2020-12-19T08:40:00").toISOString(),
      firstPublicUpdate: wibInstant("2020-12-19T09:00:00").toISOString(),
      agencyFirstAnswer: wibInstant("2020-12-20T14:30:00").toISOString(), // the statement came before the written answer
      serviceRestored: { at: EHAC_OUTAGE.endedAt.toISOString(), source: "monitor" },
    });
    expect(e.clarifications).toHaveLength(1);
    expect(e.clarifications[0]).toMatchObject({ agency: { id: "Kementerian Kesehatan" }, withinDeadline: true, workingDays: 4 }); // 21–23 and 28 Dec: 24–25 Dec are holidays
    expect(e.clarifications[0]!.limitWorkingDays).toBeGreaterThanOrEqual(e.clarifications[0]!.workingDays);
    expect(e.recommendations.map((r) => r.ordinal)).toEqual([1, 2]);
    // Small cells: no channel, place or category shows a count under five.
    for (const row of [...e.channels, ...e.categories, ...e.places]) expect(row.count === null || row.count >= 5).toBe(true);
    expect(e.channels.reduce((n, c) => n + (c.count ?? 0), 0)).toBeLessThanOrEqual(e.totalReports);
  });

  it("prints the evidence in the PDF as vector charts with embedded fonts, its language and title set, tagged", async () => {
    const { bytes } = await publishedReportPdf({ ctx: makeDomainCtx({ db: t.db, locale: "en" }), input: { slug }, baseUrl: "http://sigap.test" });
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/FontFile2/); // TrueType embedded
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toMatch(/\/S \/Figure/);
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    expect(text).toContain("Measured evidence");
    expect(text).toContain("Reports per hour");
    expect(text).toContain("Measured outage shaded: 19 Dec 2020, 06:12 WIB – 20 Dec 2020, 14:21 WIB.");
    expect(text).toContain("Service restored: 20 Dec 2020, 14:21 WIB (measured by Sigap's monitor)");
  });

  it("keeps a published figure when reports arrive later; a correction publishes new figures as a new version", async () => {
    const before = (await callerFor(t.db, null).report.published({ slug })).evidence!;
    const late = [];
    for (let i = 0; i < 6; i++)
      late.push((await createComplaint(t.db, { description: `Terlambat melapor: e-HAC gagal di Terminal 3 kemarin (${i}).` })).complaintId);
    // The incident flares up again, and an investigator joins the late reports to it.
    await t.db.update(incidents).set({ publicStatus: "identified" }).where(eq(incidents.id, incidentId));
    const { caller: investigator } = await callerAs(t.db, "investigator");
    await investigator.complaint.linkIncident({ complaintIds: late, incidentId });

    const after = (await callerFor(t.db, null).report.published({ slug })).evidence!;
    expect(after).toEqual(before);
    const draft = await investigator.report.get({ reportId });
    expect(draft.evidence.totalReports).toBe(before.totalReports + 6);

    // Staff choose the parts; the version moves, so a reviewer reads what they will publish.
    const v = await reportVersion(t.db, reportId);
    await investigator.report.update({ reportId, expectedVersion: v, evidenceParts: ["milestones", "hourly"] });
    await expect(investigator.report.update({ reportId, expectedVersion: v + 1, evidenceParts: ["figures" as "hourly"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const { caller: admin } = await callerAs(t.db, "admin");
    await admin.report.publish({
      reportId,
      expectedVersion: await reportVersion(t.db, reportId),
      correctionNote: "Laporan yang terlambat masuk dihitung.",
    });
    const corrected = await callerFor(t.db, null).report.published({ slug });
    expect(corrected.version).toBe(2);
    expect(corrected.evidence).toMatchObject({
      totalReports: before.totalReports + 6,
      parts: ["hourly", "milestones"],
      channels: [],
      clarifications: [],
    });
    expect(corrected.evidence!.series.points.length).toBeGreaterThan(0);
    const versions = await t.db
      .select({ version: evaluationReportVersions.version, evidence: evaluationReportVersions.evidence })
      .from(evaluationReportVersions)
      .where(eq(evaluationReportVersions.reportId, reportId))
      .orderBy(asc(evaluationReportVersions.version));
    expect(readEvidence(versions[0]!.evidence)).toEqual(before);
    expect(readEvidence(versions[1]!.evidence)!.totalReports).toBe(before.totalReports + 6);
  });

  it("counts days instead of hours once the record spans more than four days, with no gap in the series", async () => {
    // The late reports of the test above were filed today, years after the outage.
    const pack = await computeEvidencePack(t.db, reportId, ["hourly", "channels"], new Date("2026-01-01T00:00:00Z"));
    expect(pack.computedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(pack.series.unit).toBe("day");
    const steps = new Set(pack.series.points.slice(1).map((p, i) => Date.parse(p.at) - Date.parse(pack.series.points[i]!.at)));
    expect([...steps]).toEqual([86_400_000]);
    // Jakarta days: each bucket starts at 00:00 WIB.
    expect(pack.series.points[0]!.at).toBe(wibInstant("2020-12-19T00:00:00").toISOString());
  });
});
