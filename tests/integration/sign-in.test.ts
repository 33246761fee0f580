import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/server/db/schema";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, SIGN_IN_FAILURES_PER_IP } from "@/server/domain/auth/throttle";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createUser, TEST_PASSWORD } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const signIn = (email: string, password: string) => verifyCredentials({ ctx: makeDomainCtx({ db: t.db }), input: { email, password } });

describe("staff sign-in", () => {
  it("stores passwords as argon2id hashes", async () => {
    const user = await createUser(t.db, "investigator");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("accepts the right password (email in any case), records the sign-in and audits it", async () => {
    const user = await createUser(t.db, "agency_responder");
    const signedIn = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(signedIn).toEqual({
      actor: { userId: user.id, role: "agency_responder", agencyId: user.agencyId, name: user.name },
      sessionVersion: user.sessionVersion,
    });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.lastSignInAt).toBeInstanceOf(Date);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(["user.sign_in"]);
  });

  it("gives the same null answer for a wrong password, an unknown account, an inactive account and junk", async () => {
    const user = await createUser(t.db, "investigator");
    const inactive = await createUser(t.db, "investigator", { active: false });
    expect(await signIn(user.email, "wrong password")).toBeNull();
    expect(await signIn("nobody@test.example", TEST_PASSWORD)).toBeNull();
    expect(await signIn(inactive.email, TEST_PASSWORD)).toBeNull();
    expect(await signIn("not an email", "x")).toBeNull();
    expect(await verifyCredentials({ ctx: makeDomainCtx({ db: t.db }), input: null })).toBeNull();
  });

  it("pauses sign-in after repeated failures, alike for a real account and an unknown one, and per address", async () => {
    const user = await createUser(t.db, "investigator");
    const unknown = `nobody-${user.id.slice(0, 8)}@test.example`;
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP; i++) {
      expect(await signIn(user.email, `wrong ${i}`)).toBeNull();
      expect(await signIn(unknown, `wrong ${i}`)).toBeNull();
    }
    // The same answer for both names; even the right password is not checked while paused.
    await expect(signIn(user.email, TEST_PASSWORD)).rejects.toMatchObject({ kind: "RATE_LIMITED" });
    await expect(signIn(unknown, TEST_PASSWORD)).rejects.toMatchObject({ kind: "RATE_LIMITED" });
    // Another account is unaffected from another address; a success clears that account's count.
    const other = await createUser(t.db, "investigator");
    expect(await signIn(other.email, "wrong once")).toBeNull();
    expect((await signIn(other.email, TEST_PASSWORD))?.actor).toMatchObject({ userId: other.id });

    // Per address: many names from one address.
    const fromIp = (email: string, password: string) =>
      verifyCredentials({ ctx: makeDomainCtx({ db: t.db, clientIp: "203.0.113.77" }), input: { email, password } });
    for (let i = 0; i < SIGN_IN_FAILURES_PER_IP; i++) expect(await fromIp(`guess-${i}@test.example`, "x-wrong")).toBeNull();
    await expect(fromIp(other.email, TEST_PASSWORD)).rejects.toMatchObject({ kind: "RATE_LIMITED" });
  });

  it("pauses one account from one address without locking it out from elsewhere (fails before: any address locked the account)", async () => {
    const user = await createUser(t.db, "investigator");
    const from = (ip: string) => (password: string) =>
      verifyCredentials({ ctx: makeDomainCtx({ db: t.db, clientIp: ip }), input: { email: user.email, password } });
    const attacker = from("203.0.113.50");
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP; i++) expect(await attacker(`guess ${i}`)).toBeNull();
    await expect(attacker(TEST_PASSWORD)).rejects.toMatchObject({ kind: "RATE_LIMITED" });
    expect((await from("198.51.100.20")(TEST_PASSWORD))?.actor).toMatchObject({ userId: user.id });
  });

  it("still bounds guesses spread over many addresses, at a slower per-account rate, but not from where the owner signs in", async () => {
    const user = await createUser(t.db, "investigator");
    const usual = () =>
      verifyCredentials({ ctx: makeDomainCtx({ db: t.db, clientIp: "192.0.2.201" }), input: { email: user.email, password: TEST_PASSWORD } });
    expect(await usual()).not.toBeNull();
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++) {
      const ip = `10.${Math.floor(i / 9)}.0.${i % 9}`; // nine tries per address, under the per-address pause
      expect(
        await verifyCredentials({ ctx: makeDomainCtx({ db: t.db, clientIp: ip }), input: { email: user.email, password: `spread ${i}` } }),
      ).toBeNull();
    }
    await expect(
      verifyCredentials({ ctx: makeDomainCtx({ db: t.db, clientIp: "192.0.2.200" }), input: { email: user.email, password: TEST_PASSWORD } }),
    ).rejects.toMatchObject({ kind: "RATE_LIMITED" });
    // The owner's usual address signed in successfully lately: the spread-out guessing does not lock them out.
    expect((await usual())?.actor).toMatchObject({ userId: user.id });
  });

  it("writes failed and throttled sign-ins to the audit log, without the name typed for an unknown account", async () => {
    const user = await createUser(t.db, "investigator");
    const ctx = makeDomainCtx({ db: t.db, clientIp: "192.0.2.9" });
    expect(await verifyCredentials({ ctx, input: { email: user.email, password: "wrong" } })).toBeNull();
    const typo = `salah-ketik-${user.id.slice(0, 6)}@test.example`;
    expect(await verifyCredentials({ ctx, input: { email: typo, password: "wrong" } })).toBeNull();
    for (let i = 1; i < SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP; i++) await verifyCredentials({ ctx, input: { email: user.email, password: `w${i}` } });
    await expect(verifyCredentials({ ctx, input: { email: user.email, password: TEST_PASSWORD } })).rejects.toMatchObject({ kind: "RATE_LIMITED" });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(rows.filter((r) => r.action === "user.sign_in_failed").length).toBeGreaterThanOrEqual(1);
    expect(rows.find((r) => r.action === "user.sign_in_throttled")?.after).toEqual({ reason: "throttled", ip: "192.0.2.9" });
    const unknown = await t.db.select().from(auditLog).where(eq(auditLog.entityId, "unknown"));
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(unknown)).not.toContain(typo);
  });
});
