import { and, desc, eq, sql } from "drizzle-orm";
import { answerClarification } from "@/server/domain/clarification/answer";
import { sendClarificationRequest } from "@/server/domain/clarification/send";
import { postAgencyStatement } from "@/server/domain/clarification/post-statement";
import { makeDomainCtx, type Actor } from "@/server/domain/context";
import { confirmIncident } from "@/server/domain/incident/confirm";
import { postIncidentUpdate } from "@/server/domain/incident/post-update";
import { editIncident } from "@/server/domain/incident/edit";
import { decideRecommendation } from "@/server/domain/recommendation/decide";
import { reportRecommendationProgress } from "@/server/domain/recommendation/report-progress";
import { addRecommendation } from "@/server/domain/report/add-recommendation";
import { createReportDraft } from "@/server/domain/report/create-draft";
import { publishReport } from "@/server/domain/report/publish";
import { submitReportForReview } from "@/server/domain/report/submit-for-review";
import { agencies, evaluationReports, incidents, outbox, recommendations, services, users } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { seedEhacMonitorHistory } from "./monitor-history";
import { oneRow } from "@/server/db/one-row";

const at = wibInstant;

/**
 * What happened after the reports came in, told through the same verbs the people use: the investigator
 * confirms the e-HAC outage and posts public updates, asks the Ministry of Health, which answers and posts
 * a statement; months later the evaluation report is published, with the evidence the e-HAC monitor measured,
 * and its recommendations followed up.
 */
export async function seedStory(tx: Tx): Promise<void> {
  const people = await tx
    .select()
    .from(users)
    .where(sql`${users.email} like '%@sigap.example'`);
  const actor = (email: string): Actor => {
    const u = people.find((p) => p.email === email)!;
    return { userId: u.id, role: u.role, agencyId: u.agencyId, name: u.name };
  };
  const as = (email: string, when: string) => makeDomainCtx({ db: tx, actor: actor(email), now: () => at(when) });
  const investigator = "investigator@sigap.example";

  const ehac = oneRow(await tx.select({ id: services.id }).from(services).where(eq(services.code, "ehac")));
  const [incident] = await tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.serviceId, ehac.id), eq(incidents.state, "candidate")))
    .orderBy(desc(incidents.reportCount))
    .limit(1);
  if (!incident) return;
  await seedEhacMonitorHistory(tx, ehac.id, incident.id, actor("admin@sigap.example").userId);
  const [kemenkes] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, "kemenkes"));
  const [ap2] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, "angkasa-pura-ii"));

  const confirmed = await confirmIncident({
    ctx: as(investigator, "2020-12-19T08:40:00"),
    input: {
      incidentId: incident.id,
      expectedVersion: incident.version,
      titleId: "Gangguan server e-HAC di Bandara Soekarno-Hatta",
      titleEn: "e-HAC server outage at Soekarno-Hatta Airport",
      severity: "major",
    },
  });
  await editIncident({
    ctx: as(investigator, "2020-12-19T08:45:00"),
    input: {
      incidentId: incident.id,
      expectedVersion: confirmed.version,
      summaryId:
        "Pembaca e-HAC di Terminal 2 dan 3 tidak dapat menjangkau server Kementerian Kesehatan; penumpang mengisi ulang kartu kewaspadaan kesehatan di kertas dan antrean padat terbentuk.",
      summaryEn:
        "e-HAC readers at Terminals 2 and 3 could not reach the Ministry of Health's server; passengers refilled health alert cards on paper and crowded queues formed.",
    },
  });
  const updates: Array<[string, "investigating" | "identified" | "monitoring" | "resolved", string]> = [
    [
      "2020-12-19T09:00:00",
      "investigating",
      "Ombudsman menerima banyak laporan antrean di Terminal 2 dan 3 karena e-HAC tidak dapat diakses. Kami sedang memeriksa.",
    ],
    [
      "2020-12-19T11:30:00",
      "identified",
      "Server e-HAC Kementerian Kesehatan tidak dapat dijangkau dari bandara. Ombudsman telah meminta klarifikasi Kementerian Kesehatan.",
    ],
    ["2020-12-20T15:00:00", "monitoring", "Layanan e-HAC berangsur pulih; Ombudsman memantau antrean di kedua terminal."],
    ["2020-12-20T18:00:00", "resolved", "Antrean kembali normal. Ombudsman akan mengevaluasi penanganan gangguan ini."],
  ];
  const post = async ([when, status, body]: (typeof updates)[number]) =>
    postIncidentUpdate({ ctx: as(investigator, when), input: { incidentId: incident.id, status, body } });
  await post(updates[0]!);

  const request = await sendClarificationRequest({
    ctx: as(investigator, "2020-12-19T11:00:00"),
    input: {
      agencyId: kemenkes!.id,
      incidentId: incident.id,
      questions:
        "Mohon jelaskan mengapa server e-HAC tidak dapat dijangkau dari Bandara Soekarno-Hatta pada 19–20 Desember 2020, sejak kapan, dan langkah apa yang diambil agar penumpang tidak mengisi ulang formulir di kertas.",
    },
  });
  await post(updates[1]!);
  // In the order things happened: the agency's statement carries the status of its moment.
  await postAgencyStatement({
    ctx: as("kemenkes@sigap.example", "2020-12-20T14:30:00"),
    input: { incidentId: incident.id, body: "Server e-HAC telah dipulihkan pukul 14.20 WIB." },
  });
  await post(updates[2]!);
  await post(updates[3]!);
  await answerClarification({
    ctx: as("kemenkes@sigap.example", "2020-12-28T10:00:00"),
    input: {
      requestId: request.requestId,
      body: "Gangguan disebabkan kegagalan basis data utama e-HAC pada 19 Desember pukul 06.00 WIB. Layanan dipulihkan 20 Desember pukul 14.20 WIB; formulir kertas disiapkan sebagai cadangan.",
    },
  });

  const report = await createReportDraft({
    ctx: as(investigator, "2021-02-15T09:00:00"),
    input: {
      title: "Evaluasi gangguan e-HAC di Bandara Soekarno-Hatta, 19–20 Desember 2020",
      summary:
        "Selama dua hari server e-HAC Kementerian Kesehatan tidak dapat dijangkau dari Bandara Soekarno-Hatta. Penumpang yang sudah mengisi e-HAC daring diminta mengisi ulang di kertas, dan antrean padat terbentuk di tengah pandemi.",
      bodyMd:
        "## Apa yang terjadi\n\n- 19 Desember 2020 pagi, pembaca e-HAC di Terminal 2 dan 3 gagal menjangkau server.\n- Petugas meminta penumpang mengisi kartu kertas; antrean mengular hingga pintu masuk.\n- Layanan pulih 20 Desember pukul 14.20 WIB.\n\n## Bagaimana Ombudsman mengetahuinya\n\nLaporan masyarakat melalui Sigap dikelompokkan menjadi satu insiden dalam satu jam pertama.",
      findings:
        "Tidak ada rencana kelangsungan layanan saat server e-HAC tidak tersedia, dan kebijakan pengisian ulang di kertas diterapkan tanpa pengaturan antrean.",
      maladministrationTypes: ["failure_to_provide_service", "undue_delay"],
      incidentIds: [incident.id],
    },
  });
  await addRecommendation({
    ctx: as(investigator, "2021-02-15T09:30:00"),
    input: {
      reportId: report.id,
      agencyId: kemenkes!.id,
      body: "Menyiapkan server cadangan e-HAC dan prosedur darurat tertulis, termasuk validasi luring di bandara.",
      dueAt: at("2021-05-31T23:59:59"),
    },
  });
  await addRecommendation({
    ctx: as(investigator, "2021-02-15T09:40:00"),
    input: {
      reportId: report.id,
      agencyId: ap2!.id,
      body: "Menyediakan jalur antrean terpisah dan petugas tambahan saat sistem pemeriksaan kesehatan gangguan.",
      dueAt: at("2021-04-30T23:59:59"),
    },
  });
  await submitReportForReview({ ctx: as(investigator, "2021-02-20T10:00:00"), input: { reportId: report.id } });
  const reviewed = oneRow(await tx.select({ version: evaluationReports.version }).from(evaluationReports).where(eq(evaluationReports.id, report.id)));
  await publishReport({ ctx: as("admin@sigap.example", "2021-03-01T10:00:00"), input: { reportId: report.id, expectedVersion: reviewed.version } });

  const recs = await tx.select().from(recommendations).where(eq(recommendations.reportId, report.id)).orderBy(recommendations.ordinal);
  await reportRecommendationProgress({
    ctx: as("kemenkes@sigap.example", "2021-05-20T10:00:00"),
    input: { recommendationId: recs[0]!.id, evidence: "Server cadangan e-HAC dioperasikan sejak Mei 2021; prosedur darurat sedang disusun." },
  });
  await decideRecommendation({
    ctx: as(investigator, "2021-06-10T10:00:00"),
    input: {
      recommendationId: recs[0]!.id,
      status: "partially_implemented",
      note: "Server cadangan ada; prosedur darurat tertulis belum disahkan.",
      expectedVersion: 2,
    },
  });
  await reportRecommendationProgress({
    ctx: as("ap2@sigap.example", "2021-04-15T10:00:00"),
    input: { recommendationId: recs[1]!.id, evidence: "Jalur antrean khusus dan 12 petugas tambahan disiapkan di Terminal 2 dan 3." },
  });
  await decideRecommendation({
    ctx: as(investigator, "2021-05-03T10:00:00"),
    input: { recommendationId: recs[1]!.id, status: "implemented", note: "Diverifikasi saat kunjungan lapangan 28 April 2021.", expectedVersion: 2 },
  });

  // The demo's history is not news: drop the mail this transaction queued (now() is this transaction's start).
  await tx.delete(outbox).where(sql`${outbox.createdAt} = now()`);
}
