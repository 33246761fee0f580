import { and, eq, inArray } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaints, complaintTriage, services, triageExamples, triageModels, whatsappConversations } from "@/server/db/schema";
import type { TriageField } from "@/server/db/schema/constants";
import { receiveMail } from "@/server/domain/channel/email/receive-mail";
import { receiveWhatsAppMessage } from "@/server/domain/channel/whatsapp/receive-message";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { clusterAllPending } from "@/server/domain/incident/cluster-pending";
import { currentTriage } from "@/server/domain/triage/current-model";
import { trainTriageModel } from "@/server/domain/triage/train-model";
import { seedDemo } from "@/server/seed";
import { ehacSurgeMails } from "@/scripts/lib/ehac-mails";
import { fileComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs } from "@/tests/helpers/factories";

let t: TestDb;
let version: number;

const ctx = () =>
  makeDomainCtx({ db: t.db, config: { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } } });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  version = (await trainTriageModel({ ctx: ctx() })).version;
}, 120_000);
afterAll(async () => {
  await t.destroy();
});

let seq = 0;
const mail = (from: string, subject: string, text: string, date = new Date()) =>
  new MailComposer({ from, to: "pengaduan@sigap.test", subject, text, messageId: `<m${Date.now()}-${seq++}@warga.test>`, date }).compile().build();

const serviceByCode = async (code: string) => (await t.db.select().from(services).where(eq(services.code, code)))[0]!;
const triageOf = async (complaintId: string) => (await t.db.select().from(complaintTriage).where(eq(complaintTriage.complaintId, complaintId)))[0];
type Applied = Partial<Record<TriageField, { value: string; p: number }>>;

/** Every value Sigap set was at or above its field's threshold, and never below even odds. */
async function expectNoLowApplied(complaintId: string) {
  const loaded = (await currentTriage(t.db))!;
  const applied = ((await triageOf(complaintId))?.applied ?? {}) as Applied;
  for (const [field, v] of Object.entries(applied)) {
    expect(v.p, field).toBeGreaterThanOrEqual(loaded.thresholds[field as TriageField]);
    expect(v.p, field).toBeGreaterThanOrEqual(0.5);
  }
  return applied;
}

describe("triage", () => {
  it("the training job makes a current model version with its held-out figures", async () => {
    const [row] = await t.db.select().from(triageModels).where(eq(triageModels.version, version));
    expect(row?.current).toBe(true);
    const figures = row!.figures as { heldOut: { examples: number; topic: { top1: number } }; examples: { training: number } };
    expect(figures.heldOut.examples).toBeGreaterThanOrEqual(300);
    expect(figures.examples.training).toBeGreaterThanOrEqual(2000);
    expect(figures.heldOut.topic.top1).toBeGreaterThan(0.8);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "triage.train"));
    expect(audit?.entityId).toBe(String(version));
  });

  it("an email becomes a classified, clustered report: service, agency, topic and place set by Sigap with their probability", async () => {
    const raw = await mail(
      "Rina <rina@warga.test>",
      "e-HAC error",
      "Server e-HAC Kemenkes mati, QR code tidak bisa dipindai di Terminal 3 Soetta. Kami disuruh isi kartu kewaspadaan kesehatan di kertas lagi.",
    );
    const result = await receiveMail({ ctx: ctx(), raw });
    expect(result.outcome).toBe("complaint");
    await clusterAllPending({ ctx: ctx() });
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, result.complaintId!));
    const ehac = await serviceByCode("ehac");
    expect(c).toMatchObject({ serviceId: ehac.id, agencyId: ehac.agencyId, topicCode: "health", channel: "email", needsClustering: false });
    const tr = await triageOf(c!.id);
    expect(tr?.modelVersion).toBe(version);
    const applied = await expectNoLowApplied(c!.id);
    expect(applied.service?.value).toBe(ehac.id);
    expect(applied.place?.value).toBe(c!.placeId);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "complaint.submit"), eq(auditLog.entityId, c!.id)));
    expect((audit?.after as { triage: Record<string, number> }).triage.service).toBeGreaterThan(0.5);
  });

  it("a report too vague to place gets suggestions and no value set; staff correct it, audited, and it becomes a training example", async () => {
    const filed = await fileComplaint(
      t.db,
      { category: undefined, description: "Tolong dibantu, pelayanannya sangat mengecewakan dan kami sudah bolak-balik tanpa hasil yang jelas." },
      undefined,
      "email",
    );
    const tr = await triageOf(filed.complaintId);
    const suggested = tr!.suggestions as Record<TriageField, Array<{ code: string; p: number }>>;
    expect(suggested.topic.length).toBe(3);
    expect(suggested.service.length).toBe(3);
    expect(tr!.applied).toEqual({});
    const [before] = await t.db.select().from(complaints).where(eq(complaints.id, filed.complaintId));
    expect(before).toMatchObject({ serviceId: null, agencyId: null, topicCode: null, category: "other" });

    const { caller } = await callerAs(t.db, "investigator");
    const passport = await serviceByCode("passport");
    await expect(
      caller.triage.classify({ complaintId: filed.complaintId, expectedVersion: before!.version, serviceId: passport.id, agencyId: before!.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const done = await caller.triage.classify({
      complaintId: filed.complaintId,
      expectedVersion: before!.version,
      serviceId: passport.id,
      category: "service_refused",
    });
    expect(done.changed.sort()).toEqual(["agencyId", "category", "serviceId", "topicCode"]);
    await expect(
      caller.triage.classify({ complaintId: filed.complaintId, expectedVersion: before!.version, category: "crowding" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [after] = await t.db.select().from(complaints).where(eq(complaints.id, filed.complaintId));
    expect(after).toMatchObject({
      serviceId: passport.id,
      agencyId: passport.agencyId,
      topicCode: "law_politics",
      category: "service_refused",
      needsClustering: true,
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "complaint.classify"), eq(auditLog.entityId, filed.complaintId)));
    expect(audit?.after).toMatchObject({ serviceId: passport.id, topicCode: "law_politics" });
    const [example] = await t.db.select().from(triageExamples).where(eq(triageExamples.complaintId, filed.complaintId));
    expect(example).toMatchObject({ serviceCode: "passport", topicCode: "law_politics", category: "service_refused", split: "training" });
    expect((await triageOf(filed.complaintId))?.decidedAt).toBeInstanceOf(Date);
  });

  it("a new training run takes staff decisions in and becomes the current version", { timeout: 120_000 }, async () => {
    const next = await trainTriageModel({ ctx: ctx() });
    expect(next.version).toBe(version + 1);
    expect(next.figures.examples.fromStaff).toBeGreaterThanOrEqual(1);
    const rows = await t.db.select({ version: triageModels.version, current: triageModels.current }).from(triageModels);
    expect(rows.filter((r) => r.current).map((r) => r.version)).toEqual([next.version]);
    version = next.version;
  });

  it("staff record a phone report through the same intake: triaged, audited as theirs", async () => {
    const { caller, user } = await callerAs(t.db, "investigator");
    const recorded = await caller.triage.record({
      idempotencyKey: `staff_${Date.now()}abcdefgh`,
      channel: "phone",
      description: "Penelepon mengeluh listrik di rumahnya di Kota Bandung padam sejak kemarin sore, PLN tidak memberi kabar apa pun.",
      occurredAt: new Date().toISOString(),
      contactName: "Ibu Sari",
    });
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, recorded.complaintId));
    expect(c).toMatchObject({ channel: "phone", serviceId: (await serviceByCode("pln-outage")).id, topicCode: "energy" });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "complaint.submit"), eq(auditLog.entityId, c!.id)));
    expect(audit?.actorId).toBe(user.id);
    // A web report that names its category but no service: Sigap fills the service, and marks only what it set.
    const web = await fileComplaint(t.db, {
      category: "crowding",
      description: "Antrean validasi e-HAC di Terminal 3 Soetta panjang sekali, server e-HAC kemenkes down sejak pagi.",
    });
    const [webRow] = await t.db.select().from(complaints).where(eq(complaints.id, web.complaintId));
    const webApplied = (await triageOf(web.complaintId))?.applied as Applied;
    expect(webRow).toMatchObject({ category: "crowding", serviceId: (await serviceByCode("ehac")).id });
    expect(webApplied.service).toBeDefined();
    expect(webApplied.category).toBeUndefined();
    const live = await caller.triage.suggest({ text: "antrean paspor di kantor imigrasi jakarta selatan" });
    expect(live.service[0]?.code).toBe("passport");
    expect((await caller.triage.suggest({ text: "halo" })).service).toEqual([]);
  });

  it("a surge of e-HAC mails lands in one incident with topic, service and agency set", { timeout: 120_000 }, async () => {
    const start = Date.now() - 10 * 60_000;
    const ids: string[] = [];
    for (const [i, m] of ehacSurgeMails(40).entries()) {
      const at = new Date(start + i * 7_000);
      const r = await receiveMail({ ctx: { ...ctx(), now: () => at }, raw: await mail(m.from, m.subject, m.text, at) });
      ids.push(r.complaintId!);
    }
    await clusterAllPending({ ctx: ctx() });
    const rows = await t.db.select().from(complaints).where(inArray(complaints.id, ids));
    const ehac = await serviceByCode("ehac");
    const counts = new Map<string | null, number>();
    for (const r of rows) counts.set(r.incidentId, (counts.get(r.incidentId) ?? 0) + 1);
    const largest = Math.max(...[...counts].filter(([id]) => id !== null).map(([, n]) => n));
    expect(largest / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(
      rows.filter((r) => r.serviceId === ehac.id && r.agencyId === ehac.agencyId && r.topicCode === "health").length / rows.length,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it(
    "reports nobody could place (no service, no agency) that say the same thing form one incident by their words",
    { timeout: 120_000 },
    async () => {
      const { caller } = await callerAs(t.db, "admin");
      await caller.triage.setThresholds({ topic: 1.01, service: 1.01, agency: 1.01, category: 1.01, place: 1.01 });
      try {
        const start = new Date(Date.now() - 30 * 60_000);
        const ids: string[] = [];
        for (let i = 0; i < 12; i++) {
          const at = new Date(start.getTime() + i * 60_000);
          const filed = await fileComplaint(
            t.db,
            {
              category: undefined,
              description: `Lift gedung pelayanan terpadu lantai ${(i % 3) + 2} mati lagi, orang tua dan difabel harus naik tangga darurat.`,
            },
            at,
            "email",
          );
          ids.push(filed.complaintId);
        }
        await clusterAllPending({ ctx: ctx() });
        const rows = await t.db.select().from(complaints).where(inArray(complaints.id, ids));
        expect(rows.every((r) => r.serviceId === null && r.agencyId === null)).toBe(true);
        expect(new Set(rows.map((r) => r.incidentId)).size).toBe(1);
        expect(rows[0]!.incidentId).not.toBeNull();
        const [audit] = await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, "incident.surge_detected"), eq(auditLog.entityId, rows[0]!.incidentId!)));
        // Ten make the surge; the two after it join the incident by their words.
        expect(audit?.after).toMatchObject({ byText: true, linked: 10 });
      } finally {
        await caller.triage.setThresholds({ topic: 0.9, service: 0.9, agency: 0.9, category: 0.9, place: 0.9 });
      }
    },
  );

  it("admins relabel a topic and move a service to another topic, taking its reports along; both audited", async () => {
    const { caller } = await callerAs(t.db, "admin");
    await caller.admin.updateTopic({ code: "ict", labelId: "Teknologi Informasi", labelEn: "Information technology" });
    expect((await caller.catalog.topics()).find((x) => x.code === "ict")?.name).toEqual({ id: "Teknologi Informasi", en: "Information technology" });
    await expect(caller.admin.updateTopic({ code: "nope" as "ict", labelId: "x", labelEn: "y" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const imei = await serviceByCode("imei");
    const filed = await fileComplaint(t.db, { serviceId: imei.id, description: "HP saya diblokir karena IMEI tidak terdaftar padahal beli resmi." });
    await caller.admin.updateService({ serviceId: imei.id, topicCode: "consumer_protection" });
    const [moved] = await t.db.select().from(complaints).where(eq(complaints.id, filed.complaintId));
    expect(moved?.topicCode).toBe("consumer_protection");
    // A partial update changes only what it names: the keywords stay.
    expect((await serviceByCode("imei")).keywords).toBe(imei.keywords);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["topic.update", "service.update"]));
  });

  it("WhatsApp's service step offers the services the person's own words point to", async () => {
    const waId = `62811${Date.now().toString().slice(-7)}`;
    let n = 0;
    const say = (text: string) =>
      receiveWhatsAppMessage({
        ctx: ctx(),
        message: { id: `wamid.${waId}.${n++}`, waId, name: "Penumpang", text, image: null },
        fetchMedia: () => Promise.reject(new Error("no media in this test")),
      });
    await say("halo");
    await say("1"); // Bahasa Indonesia
    await say("2"); // the second category
    // No service is named the way the catalogue names it: the choices come from what the words are about.
    await say("aplikasinya error terus waktu mau tunjukin QR kartu kesehatan di bandara");
    const [conversation] = await t.db.select().from(whatsappConversations).where(eq(whatsappConversations.waId, waId));
    expect(conversation?.step).toBe("service");
    const choices = (conversation?.answers as { choices?: Array<{ id: string; label: string }> }).choices ?? [];
    expect(choices.map((c) => c.id)).toContain((await serviceByCode("ehac")).id);
  });

  it("bad input — empty, 4,000 characters, emoji only, markup, another language — never fails and never sets a value on low odds", async () => {
    const { caller } = await callerAs(t.db, "investigator");
    const texts = [
      "",
      "a".repeat(4000),
      "😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡",
      "<script>alert(1)</script><b>antrean</b> <img src=x onerror=alert(1)> di <i>kantor</i>",
      "机场的健康卡系统坏了，我们排了两个小时的队，工作人员什么都不解释。",
      "Die Warteschlange am Flughafen war sehr lang und niemand hat uns geholfen.",
      `${"Antrean panjang sekali di kantor. ".repeat(120)}`.slice(0, 4000),
    ];
    for (const text of texts) {
      const s = await caller.triage.suggest({ text });
      for (const list of [s.topic, s.service, s.category, s.place]) for (const x of list) expect(x.p).toBeGreaterThanOrEqual(0);
    }
    await expect(caller.triage.suggest({ text: "x".repeat(4001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const description of texts.filter((x) => x.length >= 20)) {
      const filed = await fileComplaint(t.db, { category: undefined, description }, undefined, "letter");
      await expectNoLowApplied(filed.complaintId);
    }
    const emoji = await fileComplaint(t.db, { category: undefined, description: texts[2]! }, undefined, "letter");
    // The web form asks the kind of problem: there it stays required.
    await expect(fileComplaint(t.db, { category: undefined, description: texts[3]! })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["category"], message: "errors.category" })],
    });
    expect((await triageOf(emoji.complaintId))?.applied).toEqual({});
  });
});
