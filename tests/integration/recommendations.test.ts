import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendations } from "@/server/db/schema";
import { makeDomainCtx } from "@/server/domain/context";
import { publishedReportPdf } from "@/server/domain/report/pdf";
import { createComplaint } from "@/tests/helpers/complaints";
import { multipart } from "@/tests/helpers/http";
import { PDF_BYTES } from "@/tests/helpers/images";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser, reportVersion } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

async function publishedReport() {
  const agency = await createAgency(t.db);
  const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
  const responder = callerFor(t.db, actorOf(await createUser(t.db, "agency_responder", { agencyId: agency.id })));
  const first = await createComplaint(t.db);
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId });
  const report = await staff.report.create({
    title: "Evaluasi layanan e-HAC",
    incidentIds: [second.incidentId!],
    summary: "Ringkasan **penting**.",
    bodyMd: "## Kronologi\n\n- Server mati.",
  });
  await staff.report.addRecommendation({
    reportId: report.id,
    agencyId: agency.id,
    body: "Siapkan server cadangan e-HAC.",
    dueAt: new Date(Date.now() + 10 * 86_400_000),
  });
  await staff.report.addRecommendation({
    reportId: report.id,
    agencyId: agency.id,
    body: "Latih petugas bandara untuk prosedur darurat.",
    dueAt: new Date(Date.now() - 86_400_000),
  });
  await staff.report.submit({ reportId: report.id });
  await admin.report.publish({ reportId: report.id, expectedVersion: await reportVersion(t.db, report.id) });
  const recs = await t.db.select().from(recommendations).where(eq(recommendations.reportId, report.id)).orderBy(recommendations.ordinal);
  return { agency, staff, responder, report, recs, incidentId: second.incidentId! };
}

describe("recommendation tracking", () => {
  it("takes the agency's evidence, lets the investigator decide, keeps the history, and flags overdue ones", async () => {
    const s = await publishedReport();
    const [onTime, late] = s.recs;
    const mine = await s.responder.recommendation.mine();
    expect(mine.map((r) => [r.ordinal, r.overdue])).toEqual([
      [2, true],
      [1, false],
    ]);

    const evidence = multipart({ recommendationId: onTime!.id, evidence: "Server cadangan dipasang di pusat data kedua." }, [
      { name: "berita-acara.pdf", bytes: PDF_BYTES, type: "application/pdf" },
    ]);
    expect(await s.responder.recommendation.reportProgress(evidence)).toMatchObject({ status: "in_progress" });
    // The agency cannot declare its own recommendation implemented: there is no input for it.
    await expect(
      s.responder.recommendation.decide({ recommendationId: onTime!.id, status: "implemented", note: "Sudah.", expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      s.staff.recommendation.decide({ recommendationId: onTime!.id, status: "implemented", note: "Versi lama", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await s.staff.recommendation.decide({
      recommendationId: onTime!.id,
      status: "partially_implemented",
      note: "Server cadangan ada, uji pemulihan belum dilakukan.",
      expectedVersion: 2,
    });
    await s.staff.recommendation.decide({
      recommendationId: late!.id,
      status: "not_implemented",
      note: "Tidak ada bukti pelatihan sampai batas waktu.",
      expectedVersion: 1,
    });

    const all = await s.staff.recommendation.list();
    const tracked = all.find((r) => r.id === onTime!.id)!;
    expect(tracked.history.map((h) => h.toStatus)).toEqual(["partially_implemented", "in_progress"]);
    expect(tracked.history[1]!.agencyEvidence).toContain("pusat data kedua");
    expect(tracked.history[1]!.attachments.map((a) => a.name)).toEqual(["berita-acara.pdf"]);
    // "Not implemented" is a decision, not a debt: it is no longer overdue.
    expect(all.find((r) => r.id === late!.id)!.overdue).toBe(false);

    const page = await callerFor(t.db, null).report.published({ slug: s.report.slug });
    expect(page.recommendations.map((r) => r.status)).toEqual(["partially_implemented", "not_implemented"]);
    expect(page.recommendations[0]!.history.map((h) => h.note)).toEqual(["Server cadangan ada, uji pemulihan belum dilakukan."]);
    // The agency's own evidence stays internal.
    expect(JSON.stringify(page)).not.toContain("pusat data kedua");
    expect(page.html.summary).toBe("<p>Ringkasan <strong>penting</strong>.</p>\n");
  });

  it("rejects bad input with translated field errors and answers NOT_FOUND for drafts", async () => {
    const s = await publishedReport();
    await expect(s.responder.recommendation.reportProgress(multipart({ recommendationId: s.recs[0]!.id, evidence: "ok" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      // eslint-disable-next-line no-restricted-syntax -- a status outside the enum, as a hand-made request would send
      s.staff.recommendation.decide({ recommendationId: s.recs[0]!.id, status: "done" as never, note: "catatan", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const draft = await s.staff.report.create({ title: "Draf yang belum terbit", incidentIds: [s.incidentId] });
    await s.staff.report.addRecommendation({ reportId: draft.id, agencyId: s.agency.id, body: "Rekomendasi dalam draf.", dueAt: new Date() });
    const [hidden] = await t.db.select().from(recommendations).where(eq(recommendations.reportId, draft.id));
    await expect(
      s.responder.recommendation.reportProgress(multipart({ recommendationId: hidden!.id, evidence: "Bukti untuk draf yang belum terbit." })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await s.responder.recommendation.mine()).map((r) => r.id)).not.toContain(hidden!.id);
  });

  it("records the agency's corrective actions on its own incidents for the investigator", async () => {
    const s = await publishedReport();
    const { incidents } = await import("@/server/db/schema");
    await t.db.update(incidents).set({ agencyId: s.agency.id }).where(eq(incidents.id, s.incidentId));
    await s.responder.correctiveAction.report(
      multipart({ incidentId: s.incidentId, description: "Formulir kertas cadangan disiapkan di setiap gerbang.", takenAt: new Date() }),
    );
    await expect(
      s.responder.correctiveAction.report(
        multipart({ incidentId: s.incidentId, description: "Tindakan di masa depan.", takenAt: new Date(Date.now() + 86_400_000) }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const listed = await s.staff.correctiveAction.listFor({ incidentId: s.incidentId });
    expect(listed.map((a) => a.description)).toEqual(["Formulir kertas cadangan disiapkan di setiap gerbang."]);
  });

  it("renders the published version as a PDF; drafts and unknown slugs are not found", async () => {
    const s = await publishedReport();
    const ctx = makeDomainCtx({ db: t.db, locale: "en" });
    const pdf = await publishedReportPdf({ ctx, input: { slug: s.report.slug }, baseUrl: "https://sigap.test" });
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.bytes.toString("latin1")).toMatch(/\/Type \/Page\b/);
    expect(pdf.version).toBe(1);
    await expect(publishedReportPdf({ ctx, input: { slug: "no-such-report" }, baseUrl: "https://sigap.test" })).rejects.toMatchObject({
      kind: "NOT_FOUND",
    });
    const draft = await s.staff.report.create({ title: "Draf rahasia", incidentIds: [s.incidentId] });
    await expect(publishedReportPdf({ ctx, input: { slug: draft.slug }, baseUrl: "https://sigap.test" })).rejects.toMatchObject({
      kind: "NOT_FOUND",
    });
  });
});
