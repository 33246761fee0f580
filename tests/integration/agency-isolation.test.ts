import { TRPCError } from "@trpc/server";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { auditLog, clarificationRequests, complaints, incidents, outbox, recommendations, users } from "@/server/db/schema";
import { loadActor } from "@/server/domain/auth/load-actor";
import { createComplaint } from "@/tests/helpers/complaints";
import { multipart } from "@/tests/helpers/http";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser, sessionOf, TEST_PASSWORD, reportVersion } from "@/tests/helpers/factories";
import { POLICY } from "@/tests/helpers/policy";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const SECRETS = { name: "Ratna Kusumawati", email: "ratna.rahasia@example.org", phone: "+628129990001" };

/** Agency B's whole world: an incident with reports, a request it answered, a statement, a recommendation, a corrective action. */
async function agencyBWorld() {
  const agencyA = await createAgency(t.db);
  const agencyB = await createAgency(t.db);
  const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
  const a = callerFor(t.db, actorOf(await createUser(t.db, "agency_responder", { agencyId: agencyA.id })));
  const b = callerFor(t.db, actorOf(await createUser(t.db, "agency_responder", { agencyId: agencyB.id })));

  const first = await createComplaint(t.db, {
    contactName: SECRETS.name,
    contactEmail: SECRETS.email,
    contactPhone: SECRETS.phone,
    description: "Saya antre dua jam karena e-HAC mati di Terminal 3.",
  });
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactName: "Bambang", contactPhone: "+628120000002" });
  const incidentId = second.incidentId!;
  await t.db.update(incidents).set({ agencyId: agencyB.id }).where(eq(incidents.id, incidentId));
  await t.db
    .update(complaints)
    .set({ agencyId: agencyB.id })
    .where(inArray(complaints.id, [first.complaintId, second.complaintId]));
  await staff.incident.postUpdate({ incidentId, status: "investigating", body: "Ombudsman menerima banyak laporan gangguan e-HAC." });

  const request = await staff.clarification.send({
    agencyId: agencyB.id,
    incidentId,
    questions: "Mengapa layanan tidak tersedia?",
    evidenceComplaintIds: [first.complaintId],
  });
  await b.clarification.answer(multipart({ requestId: request.requestId, body: "Server dipulihkan pukul 14.20 WIB." }));
  await b.clarification.statement({ incidentId, body: "Layanan telah pulih sepenuhnya." });
  const action = await b.correctiveAction.report(
    multipart({ incidentId, description: "Server cadangan dipasang di pusat data kedua.", takenAt: new Date() }),
  );

  const report = await staff.report.create({ title: "Evaluasi gangguan layanan B", incidentIds: [incidentId], summary: "Ringkasan evaluasi." });
  await staff.report.addRecommendation({
    reportId: report.id,
    agencyId: agencyB.id,
    body: "Siapkan prosedur darurat tertulis.",
    dueAt: new Date(Date.now() + 30 * 86_400_000),
  });
  await staff.report.submit({ reportId: report.id });
  await admin.report.publish({ reportId: report.id, expectedVersion: await reportVersion(t.db, report.id) });
  const [rec] = await t.db.select().from(recommendations).where(eq(recommendations.reportId, report.id));
  await b.recommendation.reportProgress(multipart({ recommendationId: rec!.id, evidence: "Prosedur darurat disahkan oleh Sekretaris Jenderal." }));

  return {
    agencyB,
    a,
    b,
    staff,
    incidentId,
    requestId: request.requestId,
    actionId: action.id,
    recommendationId: rec!.id,
    complaintId: first.complaintId,
    unsharedComplaintId: second.complaintId,
    slug: report.slug,
    trackingCodes: [first.trackingCode, second.trackingCode],
  };
}

type World = Awaited<ReturnType<typeof agencyBWorld>>;
const isNotFound = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: "NOT_FOUND" });

/**
 * Every agency procedure, tried by a responder of agency A against agency B's rows. A new agency procedure
 * without an entry here fails the test below until someone writes its attempt.
 */
const CROSS_AGENCY_ATTEMPTS: Record<string, (w: World) => Promise<void>> = {
  "clarification.inbox": async (w) => expect((await w.a.clarification.inbox()).map((r) => r.id)).not.toContain(w.requestId),
  "clarification.get": (w) => isNotFound(w.a.clarification.get({ requestId: w.requestId })),
  "clarification.answer": (w) =>
    isNotFound(w.a.clarification.answer(multipart({ requestId: w.requestId, body: "Jawaban palsu dari instansi lain." }))),
  "clarification.agencyIncidents": async (w) => expect((await w.a.clarification.agencyIncidents()).map((i) => i.id)).not.toContain(w.incidentId),
  "clarification.statement": (w) => isNotFound(w.a.clarification.statement({ incidentId: w.incidentId, body: "Pernyataan palsu." })),
  "correctiveAction.mine": async (w) => expect((await w.a.correctiveAction.mine()).map((x) => x.id)).not.toContain(w.actionId),
  "correctiveAction.report": async (w) => {
    await isNotFound(
      w.a.correctiveAction.report(multipart({ incidentId: w.incidentId, description: "Tindakan palsu atas insiden B.", takenAt: new Date() })),
    );
    await isNotFound(
      w.a.correctiveAction.report(multipart({ complaintId: w.complaintId, description: "Tindakan palsu atas laporan B.", takenAt: new Date() })),
    );
  },
  "recommendation.mine": async (w) => expect((await w.a.recommendation.mine()).map((r) => r.id)).not.toContain(w.recommendationId),
  "recommendation.reportProgress": (w) =>
    isNotFound(w.a.recommendation.reportProgress(multipart({ recommendationId: w.recommendationId, evidence: "Bukti palsu dari instansi lain." }))),
};

describe("agency isolation", () => {
  it("has an attempt for every agency procedure", () => {
    const agencyProcedures = Object.keys(appRouter._def.procedures).filter((p) => POLICY[p] === "agency");
    expect(agencyProcedures.length).toBeGreaterThan(0);
    expect(agencyProcedures.filter((p) => !(p in CROSS_AGENCY_ATTEMPTS)).sort()).toEqual([]);
  });

  it("every procedure that answers an agency or the public declares its output, so nothing undeclared reaches them", () => {
    // At run time the router's procedures are one flat record by dotted path, each with its definition.
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    const declared = (path: string) => (procedures[path] as { _def: { output?: unknown } })._def.output !== undefined;
    const open = Object.keys(procedures).filter((p) => POLICY[p] === "agency" || POLICY[p] === "public");
    expect(open.length).toBeGreaterThan(9);
    expect(open.filter((p) => !declared(p)).sort()).toEqual([]);
  });

  it("every procedure, staff and admin too, declares its output: a new column or a secret never leaves by accident", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    const paths = Object.keys(procedures);
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.filter((p) => (procedures[p] as { _def: { output?: unknown } })._def.output === undefined).sort()).toEqual([]);
  });

  it("a responder of agency A reads and changes nothing of agency B through any procedure", async () => {
    const w = await agencyBWorld();
    const auditBefore = (await t.db.select({ id: auditLog.id }).from(auditLog)).length;
    const [requestBefore] = await t.db.select().from(clarificationRequests).where(eq(clarificationRequests.id, w.requestId));
    for (const [path, attempt] of Object.entries(CROSS_AGENCY_ATTEMPTS)) {
      await attempt(w).catch((error: unknown) => {
        throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    // Nothing was written by any of the attempts.
    expect((await t.db.select({ id: auditLog.id }).from(auditLog)).length).toBe(auditBefore);
    const [requestAfter] = await t.db.select().from(clarificationRequests).where(eq(clarificationRequests.id, w.requestId));
    expect(requestAfter).toEqual(requestBefore);
    // Every other non-public procedure refuses a responder outright (the matrix test proves it for each one).
    for (const path of Object.keys(appRouter._def.procedures).filter((p) => POLICY[p] === "staff" || POLICY[p] === "admin")) {
      const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], w.a) as (input: unknown) => Promise<unknown>;
      const code = await fn({ incidentId: w.incidentId, complaintId: w.complaintId, reportId: w.requestId }).then(
        () => "OK",
        (e: unknown) => (e instanceof TRPCError ? e.code : "THROWN"),
      );
      expect(code, path).toBe("FORBIDDEN");
    }
  });

  it("no reporter contact reaches the agency — not even the one addressed — nor the public, nor the agency's mail", async () => {
    const w = await agencyBWorld();
    const anonymous = callerFor(t.db, null);
    const [incident] = await t.db.select({ code: incidents.code }).from(incidents).where(eq(incidents.id, w.incidentId));
    const received = [
      await w.b.clarification.inbox(),
      await w.b.clarification.get({ requestId: w.requestId }),
      await w.b.clarification.agencyIncidents(),
      await w.b.recommendation.mine(),
      await w.b.correctiveAction.mine(),
      await anonymous.incident.public({ code: incident!.code }),
      await anonymous.report.published({ slug: w.slug }),
      await anonymous.complaint.similar({ category: "system_down" }),
      await anonymous.stats.publicSummary(),
      await anonymous.catalog.agencies(),
    ];
    // The evidence the investigator shared is there: the check below is not vacuous.
    expect(JSON.stringify(received)).toContain("antre dua jam karena e-HAC mati");
    const agencyMail = await t.db.select({ payload: outbox.payload, recipient: outbox.recipient }).from(outbox);
    const toAgency = agencyMail.filter((m) => m.recipient.startsWith("agency_responder-"));
    expect(toAgency.length).toBeGreaterThan(0);
    for (const text of [JSON.stringify(received), JSON.stringify(toAgency)]) {
      for (const secret of [SECRETS.name, SECRETS.email, SECRETS.phone, "Bambang", "+628120000002", ...w.trackingCodes])
        expect(text).not.toContain(secret);
    }
  });
});

describe("account procedures act on the caller's own account only", () => {
  it("a responder's password, second factor and sessions touch no other account, of their agency or another", async () => {
    const agency = await createAgency(t.db);
    const aUser = await createUser(t.db, "agency_responder", { agencyId: agency.id });
    const colleague = await createUser(t.db, "agency_responder", { agencyId: agency.id });
    const other = await createUser(t.db, "agency_responder");
    const a = callerFor(t.db, actorOf(aUser));
    expect((await a.account.security()).email).toBe(aUser.email);
    await a.account.beginTwoFactor({ password: TEST_PASSWORD });
    await a.account.signOutEverywhere();
    await a.account.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "kata sandi baru yang panjang",
      confirmPassword: "kata sandi baru yang panjang",
    });
    for (const untouched of [colleague, other]) {
      const [row] = await t.db.select().from(users).where(eq(users.id, untouched.id));
      expect(row).toMatchObject({ sessionVersion: untouched.sessionVersion, passwordHash: untouched.passwordHash, totpSecret: null });
      expect(await loadActor(t.db, sessionOf(untouched))).toMatchObject({ userId: untouched.id });
    }
    // The procedures take no account id: there is nothing to point at someone else.
    for (const path of Object.keys(POLICY).filter((p) => p.startsWith("account."))) expect(POLICY[path]).toBe("signed_in");
  });
});

describe("corrective actions on complaints (fails before: any complaint of the agency, shared or not)", () => {
  it("are accepted only on a complaint the Ombudsman shared with the agency", async () => {
    const w = await agencyBWorld();
    await isNotFound(
      w.b.correctiveAction.report(
        multipart({ complaintId: w.unsharedComplaintId, description: "Tindakan atas laporan yang tidak pernah dibagikan.", takenAt: new Date() }),
      ),
    );
    expect(
      await w.b.correctiveAction.report(
        multipart({ complaintId: w.complaintId, description: "Tindakan atas laporan yang dibagikan sebagai bukti.", takenAt: new Date() }),
      ),
    ).toMatchObject({ id: expect.any(String) });
  });
});
