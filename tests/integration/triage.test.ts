import { eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, complaints, complaintTriage, services, triageModels } from "../../server/db/schema";
import { receiveMail } from "../../server/domain/channel/email/receive-mail";
import { makeDomainCtx } from "../../server/domain/context";
import { trainTriageModel } from "../../server/domain/triage/train-model";
import { seedDemo } from "../../server/seed";
import { createTestDb, type TestDb } from "../helpers/db";

let t: TestDb;
let version: number;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  const trained = await trainTriageModel({ ctx: makeDomainCtx({ db: t.db }) });
  version = trained.version;
}, 120_000);
afterAll(async () => {
  await t.destroy();
});

let seq = 0;
const mail = (from: string, subject: string, text: string) =>
  new MailComposer({ from, to: "pengaduan@sigap.test", subject, text, messageId: `<m${Date.now()}${seq++}@warga.test>`, date: new Date() })
    .compile()
    .build();

describe("triage", () => {
  it("the training job makes a current model version with its held-out figures", async () => {
    const [row] = await t.db.select().from(triageModels).where(eq(triageModels.version, version));
    expect(row?.current).toBe(true);
    const figures = row!.figures as { heldOut: { examples: number; topic: { top1: number } } };
    expect(figures.heldOut.examples).toBeGreaterThanOrEqual(300);
    expect(figures.heldOut.topic.top1).toBeGreaterThan(0.8);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "triage.train"));
    expect(audit?.entityId).toBe(String(version));
  });

  it("an email becomes a classified report: service, agency, topic set by Sigap with their probability", async () => {
    const raw = await mail(
      "Rina <rina@warga.test>",
      "e-HAC error",
      "Server e-HAC Kemenkes mati, QR code tidak bisa dipindai di Terminal 3 Soetta. Kami disuruh isi kartu kewaspadaan kesehatan di kertas lagi.",
    );
    const result = await receiveMail({ ctx: makeDomainCtx({ db: t.db }), raw });
    expect(result.outcome).toBe("complaint");
    const [c] = await t.db.select().from(complaints).where(eq(complaints.id, result.complaintId!));
    const [ehac] = await t.db.select().from(services).where(eq(services.code, "ehac"));
    expect(c?.serviceId).toBe(ehac!.id);
    expect(c?.agencyId).toBe(ehac!.agencyId);
    expect(c?.topicCode).toBe("health");
    const [tr] = await t.db.select().from(complaintTriage).where(eq(complaintTriage.complaintId, c!.id));
    expect(tr?.modelVersion).toBe(version);
    expect((tr?.applied as { service: { p: number } }).service.p).toBeGreaterThan(0.5);
  });
});
