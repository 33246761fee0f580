import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, settings, users } from "@/server/db/schema";
import { loadActor } from "@/server/domain/auth/load-actor";
import { revokeSession } from "@/server/domain/auth/revoke-session";
import { TWO_FACTOR_ROLES_SETTING } from "@/server/domain/auth/two-factor-policy";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { TEMPORARY_PASSWORD_HOURS } from "@/server/domain/admin/temporary-password";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser, sessionOf, TEST_PASSWORD } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const reload = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;
const signIn = (email: string, password: string, code?: string, now?: Date) =>
  verifyCredentials({ ctx: makeDomainCtx({ db: t.db, now: now ? () => now : undefined }), input: { email, password, code } });
const codeFor = (secret: string, at = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

describe("sessions end when they should (fails before: a copied cookie outlived sign-out and resets)", () => {
  it("signing out ends that session only", async () => {
    const user = await createUser(t.db, "investigator");
    const here = sessionOf(user);
    const elsewhere = sessionOf(user);
    await revokeSession(t.db, here.sessionId, new Date(Date.now() + 3600_000));
    expect(await loadActor(t.db, here)).toBeNull();
    expect(await loadActor(t.db, elsewhere)).toMatchObject({ userId: user.id });
  });

  it("an admin's password reset, a password change, a role or agency change and 'sign out everywhere' end every session", async () => {
    const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
    const user = await createUser(t.db, "agency_responder");
    let session = sessionOf(await reload(user.id));
    const dies = async (change: () => Promise<unknown>) => {
      expect(await loadActor(t.db, session)).not.toBeNull();
      await change();
      expect(await loadActor(t.db, session)).toBeNull();
      session = sessionOf(await reload(user.id));
    };
    await dies(() =>
      callerFor(t.db, actorOf(user)).account.changePassword({
        currentPassword: TEST_PASSWORD,
        newPassword: "a whole new passphrase",
        confirmPassword: "a whole new passphrase",
      }),
    );
    await dies(() => callerFor(t.db, actorOf(user)).account.signOutEverywhere());
    await dies(() => t.db.update(users).set({ agencyId: null, role: "investigator" }).where(eq(users.id, user.id)));
    const agency = await createAgency(t.db);
    await dies(() => t.db.update(users).set({ agencyId: agency.id, role: "agency_responder" }).where(eq(users.id, user.id)));
    await dies(() => admin.admin.resetPassword({ userId: user.id }));
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.reset_password", "user.sign_out_everywhere", "user.change_password"]));
  });
});

describe("sessions have an absolute lifetime besides the idle one (fails before: a busy session never ended)", () => {
  it("the database check refuses a session signed in longer ago than the limit, however it was renewed", async () => {
    const user = await createUser(t.db, "investigator");
    const now = new Date();
    const hoursAgo = (h: number) => Math.floor(now.getTime() / 1000 - h * 3600);
    expect(await loadActor(t.db, sessionOf(user, undefined, hoursAgo(11)), { maxHours: 12, now })).toMatchObject({ userId: user.id });
    expect(await loadActor(t.db, sessionOf(user, undefined, hoursAgo(13)), { maxHours: 12, now })).toBeNull();
    expect(await loadActor(t.db, sessionOf(user, undefined, hoursAgo(3)), { maxHours: 2, now })).toBeNull();
    expect(await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion, sessionId: "no-time" })).toBeNull();
  });
});

describe("admin-issued passwords are temporary (fails before: they worked forever, with full access)", () => {
  it("lets the holder do nothing but choose a password, and stops working after it expires", async () => {
    const admin = callerFor(t.db, actorOf(await createUser(t.db, "admin")));
    const invited = await admin.admin.createAccount({ email: `baru-${Date.now()}@ombudsman.example`, name: "Staf Baru", role: "investigator" });
    const row = await reload(invited.userId);
    const actor = await loadActor(t.db, sessionOf(row));
    expect(actor).toMatchObject({ restriction: "password_change" });
    const caller = callerFor(t.db, actor);
    await expect(caller.complaint.queue({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await caller.account.security()).toMatchObject({ mustChangePassword: true });
    await expect(
      caller.account.changePassword({ currentPassword: "wrong", newPassword: "pilihan saya sendiri", confirmPassword: "pilihan saya sendiri" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.account.changePassword({ currentPassword: invited.temporaryPassword, newPassword: "pendek", confirmPassword: "pendek" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const late = new Date(Date.now() + (TEMPORARY_PASSWORD_HOURS + 1) * 3600_000);
    expect(await signIn(row.email, invited.temporaryPassword, undefined, late)).toBeNull();
    expect(await signIn(row.email, invited.temporaryPassword)).not.toBeNull();

    await caller.account.changePassword({
      currentPassword: invited.temporaryPassword,
      newPassword: "pilihan saya sendiri",
      confirmPassword: "pilihan saya sendiri",
    });
    const after = await reload(invited.userId);
    expect(after).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(await loadActor(t.db, sessionOf(after))).not.toHaveProperty("restriction");
    expect(await signIn(row.email, "pilihan saya sendiri", undefined, late)).not.toBeNull();
  });
});

describe("two-factor sign-in", () => {
  it("enrols with a confirming code, then needs a code (each once) or a recovery code (each once) to sign in", async () => {
    const user = await createUser(t.db, "investigator");
    const me = callerFor(t.db, actorOf(user));
    const { secret, uri, qrSvg } = await me.account.beginTwoFactor({ password: TEST_PASSWORD });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toContain("<svg");
    expect((await reload(user.id)).totpSecret).not.toContain(secret); // sealed at rest
    await expect(me.account.confirmTwoFactor({ code: "000000" === codeFor(secret) ? "111111" : "000000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const { recoveryCodes } = await me.account.confirmTwoFactor({ code: codeFor(secret) });
    expect(recoveryCodes).toHaveLength(10);

    await expect(signIn(user.email, TEST_PASSWORD)).rejects.toMatchObject({ kind: "UNAUTHORIZED", fieldErrors: { code: ["errors.totpRequired"] } });
    await expect(signIn(user.email, "wrong", codeFor(secret))).resolves.toBeNull();
    // The code that confirmed enrolment is spent; the next step's code works once.
    await expect(signIn(user.email, TEST_PASSWORD, codeFor(secret))).rejects.toMatchObject({ fieldErrors: { code: ["errors.totpInvalid"] } });
    const next = codeFor(secret, Date.now() + 30_000);
    expect(await signIn(user.email, TEST_PASSWORD, next, new Date(Date.now() + 30_000))).toMatchObject({ actor: { userId: user.id } });
    await expect(signIn(user.email, TEST_PASSWORD, next, new Date(Date.now() + 30_000))).rejects.toMatchObject({ kind: "UNAUTHORIZED" });

    expect(await signIn(user.email, TEST_PASSWORD, recoveryCodes[0]!.toUpperCase())).toMatchObject({ actor: { userId: user.id } });
    await expect(signIn(user.email, TEST_PASSWORD, recoveryCodes[0])).rejects.toMatchObject({ kind: "UNAUTHORIZED" });
    expect(await me.account.security()).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 9 });

    const fresh = await me.account.regenerateRecoveryCodes({ password: TEST_PASSWORD });
    await expect(signIn(user.email, TEST_PASSWORD, recoveryCodes[1])).rejects.toMatchObject({ kind: "UNAUTHORIZED" });
    expect(await signIn(user.email, TEST_PASSWORD, fresh.recoveryCodes[1])).not.toBeNull();

    await me.account.disableTwoFactor({ password: TEST_PASSWORD });
    expect(await signIn(user.email, TEST_PASSWORD)).not.toBeNull();
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["user.enable_two_factor", "user.regenerate_recovery_codes", "user.disable_two_factor", "user.sign_in_failed"]),
    );
  });

  it("is required for admins by default (and for whichever roles the setting names): until enrolled, only the account is open", async () => {
    const admin = await createUser(t.db, "admin");
    const actor = await loadActor(t.db, sessionOf(admin));
    expect(actor).toMatchObject({ restriction: "two_factor_enrolment" });
    await expect(callerFor(t.db, actor).admin.accounts()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const investigator = await createUser(t.db, "investigator");
    expect(await loadActor(t.db, sessionOf(investigator))).not.toHaveProperty("restriction");

    await t.db.insert(settings).values({ key: TWO_FACTOR_ROLES_SETTING, value: ["admin", "investigator"] });
    try {
      expect(await loadActor(t.db, sessionOf(investigator))).toMatchObject({ restriction: "two_factor_enrolment" });
      const me = callerFor(t.db, actorOf(investigator));
      const { secret } = await me.account.beginTwoFactor({ password: TEST_PASSWORD });
      await me.account.confirmTwoFactor({ code: codeFor(secret) });
      expect(await loadActor(t.db, sessionOf(investigator))).not.toHaveProperty("restriction");
      await expect(me.account.disableTwoFactor({ password: TEST_PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await t.db.delete(settings).where(eq(settings.key, TWO_FACTOR_ROLES_SETTING));
    }
  });
});

describe("current-password checks are limited like sign-in (fails before: a session could guess the password without limit)", () => {
  it("after ten wrong passwords every check of that account is refused for a while, the right one too, and each is audited", async () => {
    const user = await createUser(t.db, "investigator");
    const me = callerFor(t.db, actorOf(user));
    const wrong = { currentPassword: "bukan ini", newPassword: "kata sandi baru sekali", confirmPassword: "kata sandi baru sekali" };
    for (let i = 0; i < 10; i++) {
      await expect(i % 2 ? me.account.changePassword(wrong) : me.account.beginTwoFactor({ password: "bukan ini" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(me.account.beginTwoFactor({ password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      cause: { fieldErrors: { password: ["errors.passwordCheckThrottled"] } },
    });
    await expect(me.account.changePassword({ ...wrong, currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Another account is not held back by it.
    const other = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    await expect(other.account.beginTwoFactor({ password: TEST_PASSWORD })).resolves.toMatchObject({ secret: expect.any(String) });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.filter((a) => a.action === "user.password_check_failed")).toHaveLength(10);
    expect(audit.filter((a) => a.action === "user.password_check_throttled")).toHaveLength(2);
  });
});

describe("new staff passwords are checked against common and breached ones (fails before: any 12 characters were taken)", () => {
  it("refuses a listed or easily guessed password with a field error, and takes a good one", async () => {
    const user = await createUser(t.db, "investigator", { name: "Budi Santoso" });
    const me = callerFor(t.db, actorOf(user));
    const change = (newPassword: string) => me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword });
    for (const [newPassword, key] of [
      ["123456789012", "errors.passwordCommon"],
      ["passwordpassword", "errors.passwordWeak"],
      ["qwertyuiop123", "errors.passwordWeak"],
      ["budi santoso123", "errors.passwordWeak"],
    ] as const) {
      await expect(change(newPassword)).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { newPassword: [key] } } });
    }
    await expect(change("kucing hitam melompat jauh")).resolves.toEqual({ signedOut: true });
  });
});
