import { and, eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminRequests, auditLog, incidents, userRecoveryCodes, users } from "@/server/db/schema";
import { bootstrapAdmin } from "@/server/domain/admin/bootstrap-admin";
import { loadActor } from "@/server/domain/auth/load-actor";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { makeDomainCtx } from "@/server/domain/context";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerAs, callerFor, createUser, reportVersion, sessionOf, TEST_PASSWORD } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(() => t.destroy());

const reload = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;
const signIn = (email: string, password: string) => verifyCredentials({ ctx: makeDomainCtx({ db: t.db }), input: { email, password } });
const asUser = async (id: string) => callerFor(t.db, actorOf(await reload(id)));

describe("a second admin identity needs a second admin (fails before: one admin made another and published through it)", () => {
  it("a new admin is asked for by one admin and made by another, who alone receives its password; it may not publish its sponsors' reports", async () => {
    const a = await callerAs(t.db, "admin");
    const c = await callerAs(t.db, "admin");
    const email = `admin-baru-${Date.now()}@ombudsman.example`;
    await expect(a.caller.admin.createAccount({ email, name: "Admin Kedua", role: "admin" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { role: ["errors.adminNeedsApproval"] } },
    });

    const { requestId } = await a.caller.admin.requestChange({ kind: "create_admin", email, name: "Admin Kedua" });
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    await expect(a.caller.admin.requestChange({ kind: "create_admin", email, name: "Lagi" })).rejects.toMatchObject({ code: "CONFLICT" });
    // The one who asked cannot also approve.
    await expect(a.caller.admin.decideRequest({ requestId, decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await c.caller.admin.requests()).map((r) => r.id)).toContain(requestId);

    const approved = await c.caller.admin.decideRequest({ requestId, decision: "approve" });
    expect(approved).toMatchObject({ status: "approved", temporaryPassword: expect.any(String) });
    const b = await reload(approved.userId!);
    expect(b).toMatchObject({ role: "admin", mustChangePassword: true, sponsorIds: [a.user.id, c.user.id] });
    expect(await signIn(email, approved.temporaryPassword!)).not.toBeNull();
    await expect(c.caller.admin.decideRequest({ requestId, decision: "approve" })).rejects.toMatchObject({ code: "CONFLICT" });

    // A report A wrote, submitted by an investigator: B (A's creation) may not publish it; an unrelated admin may.
    const [incident] = await t.db.select().from(incidents).limit(1);
    const draft = await a.caller.report.create({ title: "Laporan penulis admin", incidentIds: [incident!.id] });
    const investigator = await callerAs(t.db, "investigator");
    await investigator.caller.report.submit({ reportId: draft.id });
    const version = await reportVersion(t.db, draft.id);
    await expect((await asUser(b.id)).report.publish({ reportId: draft.id, expectedVersion: version })).rejects.toMatchObject({
      code: "FORBIDDEN",
      cause: { fieldErrors: { _form: ["errors.fourEyesSponsor"] } },
    });
    // C approved B, so B stands for C too: neither can use B to publish what C wrote; C is no author here, though.
    const d = await callerAs(t.db, "admin");
    expect(await d.caller.report.publish({ reportId: draft.id, expectedVersion: version })).toMatchObject({ version: 1 });

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, requestId));
    expect(audit.map((x) => [x.action, x.actorId])).toEqual(
      expect.arrayContaining([
        ["admin_request.create", a.user.id],
        ["admin_request.approve", c.user.id],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(JSON.stringify(audit)).not.toContain(approved.temporaryPassword);
  });

  it("an admin's password is reset only through a request another admin approves; the requester may cancel, another reject", async () => {
    const a = await callerAs(t.db, "admin");
    const c = await callerAs(t.db, "admin");
    const target = await createUser(t.db, "admin");
    await expect(a.caller.admin.resetPassword({ userId: target.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A non-admin's password is still one admin's job, and that admin becomes its sponsor.
    const investigator = await createUser(t.db, "investigator");
    await a.caller.admin.resetPassword({ userId: investigator.id });
    expect((await reload(investigator.id)).sponsorIds).toEqual([a.user.id]);
    await expect(a.caller.admin.requestChange({ kind: "reset_password", userId: investigator.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(a.caller.admin.requestChange({ kind: "reset_password", userId: a.user.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const first = await a.caller.admin.requestChange({ kind: "reset_password", userId: target.id });
    await expect(c.caller.admin.decideRequest({ requestId: first.requestId, decision: "cancel" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await a.caller.admin.decideRequest({ requestId: first.requestId, decision: "cancel" })).toMatchObject({ status: "cancelled" });
    const second = await a.caller.admin.requestChange({ kind: "reset_password", userId: target.id });
    expect(await c.caller.admin.decideRequest({ requestId: second.requestId, decision: "reject" })).toMatchObject({ status: "rejected" });
    expect(await signIn(target.email, TEST_PASSWORD)).not.toBeNull();

    const session = sessionOf(await reload(target.id));
    const third = await a.caller.admin.requestChange({ kind: "reset_password", userId: target.id });
    const approved = await c.caller.admin.decideRequest({ requestId: third.requestId, decision: "approve" });
    expect(await signIn(target.email, TEST_PASSWORD)).toBeNull();
    expect(await signIn(target.email, approved.temporaryPassword!)).not.toBeNull();
    expect(await loadActor(t.db, session)).toBeNull();
    expect((await reload(target.id)).sponsorIds).toEqual([a.user.id, c.user.id]);
    const statuses = await t.db.select({ status: adminRequests.status }).from(adminRequests).where(eq(adminRequests.targetUserId, target.id));
    expect(statuses.map((s) => s.status).sort()).toEqual(["approved", "cancelled", "rejected"]);
  });

  it("anyone's two-step sign-in is reset by two admins: secret and recovery codes gone, sessions ended", async () => {
    const user = await createUser(t.db, "investigator");
    const me = callerFor(t.db, actorOf(user));
    const { secret } = await me.account.beginTwoFactor({ password: TEST_PASSWORD });
    await me.account.confirmTwoFactor({ code: new TOTP({ secret: Secret.fromBase32(secret) }).generate() });
    const session = sessionOf(await reload(user.id));
    const a = await callerAs(t.db, "admin");
    const c = await callerAs(t.db, "admin");
    const { requestId } = await a.caller.admin.requestChange({ kind: "reset_two_factor", userId: user.id });
    expect(await c.caller.admin.decideRequest({ requestId, decision: "approve" })).toMatchObject({ status: "approved", temporaryPassword: null });
    expect(await reload(user.id)).toMatchObject({ totpSecret: null, totpEnabledAt: null, sponsorIds: [a.user.id, c.user.id] });
    expect(await t.db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await loadActor(t.db, session)).toBeNull();
    expect(await signIn(user.email, TEST_PASSWORD)).not.toBeNull();
    await expect(a.caller.admin.requestChange({ kind: "reset_two_factor", userId: user.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a lapsed request cannot be approved", async () => {
    const a = await callerAs(t.db, "admin");
    const c = await callerAs(t.db, "admin");
    const { requestId } = await a.caller.admin.requestChange({
      kind: "create_admin",
      email: `lapsed-${Date.now()}@ombudsman.example`,
      name: "Terlambat",
    });
    await t.db
      .update(adminRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(adminRequests.id, requestId)));
    await expect(c.caller.admin.decideRequest({ requestId, decision: "approve" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await c.caller.admin.requests()).map((r) => r.id)).not.toContain(requestId);
  });
});

describe("a single-admin installation gets its second admin from the server's shell", () => {
  it("makes the first two admins and refuses a third", async () => {
    const fresh = await createTestDb();
    try {
      const ctx = makeDomainCtx({ db: fresh.db });
      const first = await bootstrapAdmin({ ctx, input: { email: "pertama@ombudsman.example", name: "Admin Pertama" } });
      await bootstrapAdmin({ ctx, input: { email: "kedua@ombudsman.example", name: "Admin Kedua" } });
      await expect(bootstrapAdmin({ ctx, input: { email: "ketiga@ombudsman.example", name: "Admin Ketiga" } })).rejects.toMatchObject({
        kind: "FORBIDDEN",
      });
      const [row] = await fresh.db.select().from(users).where(eq(users.id, first.userId));
      expect(row).toMatchObject({ role: "admin", mustChangePassword: true });
      const audit = await fresh.db.select().from(auditLog).where(eq(auditLog.entityId, first.userId));
      expect(audit).toEqual([expect.objectContaining({ action: "user.bootstrap_admin", actorId: null })]);
    } finally {
      await fresh.destroy();
    }
  });
});
