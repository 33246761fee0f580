import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/server/db/schema";
import { loadActor } from "@/server/domain/auth/load-actor";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs, callerFor, sessionOf } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const signIn = (email: string, password: string) => verifyCredentials({ ctx: makeDomainCtx({ db: t.db }), input: { email, password } });

describe("administration", () => {
  it("manages agencies, services and places, audited, with clear errors for clashes", async () => {
    const { caller } = await callerAs(t.db, "admin");
    const agency = await caller.admin.createAgency({
      slug: "kemenkes-test",
      nameId: "Kementerian Kesehatan",
      nameEn: "Ministry of Health",
      kind: "ministry",
    });
    await expect(caller.admin.createAgency({ slug: "kemenkes-test", nameId: "Lagi", nameEn: "Again", kind: "ministry" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const service = await caller.admin.createService({
      agencyId: agency.id,
      code: "ehac-test",
      nameId: "e-HAC",
      nameEn: "e-HAC",
      keywords: "ehac kesehatan",
    });
    await caller.admin.updateService({ serviceId: service.id, active: false });
    await caller.admin.createPlace({ slug: "terminal-9", name: "Terminal 9", lat: -6.1, lng: 106.6 });
    await expect(caller.admin.createPlace({ slug: "terminal-10", name: "Terminal 10", lat: -6.1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const catalog = await caller.admin.catalog();
    expect(catalog.services.find((s) => s.id === service.id)!.active).toBe(false);
    // An inactive service is no longer offered to the public.
    expect((await callerFor(t.db, null).catalog.services()).map((s) => s.id)).not.toContain(service.id);
    const actions = (await t.db.select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["agency.create", "service.create", "service.update", "place.create"]));
  });

  it("invites a responder bound to one agency, resets a password, deactivates an account at once", async () => {
    const { caller, user: admin } = await callerAs(t.db, "admin");
    const agency = await caller.admin.createAgency({ slug: "ap2-test", nameId: "PT Angkasa Pura II", nameEn: "Angkasa Pura II", kind: "operator" });
    await expect(caller.admin.createAccount({ email: "x@ap2.example", name: "Tanpa instansi", role: "agency_responder" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.admin.createAccount({ email: "y@ap2.example", name: "Staf dengan instansi", role: "investigator", agencyId: agency.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const invited = await caller.admin.createAccount({
      email: "Maya@AP2.example",
      name: "Maya Lestari",
      role: "agency_responder",
      agencyId: agency.id,
    });
    expect((await signIn("maya@ap2.example", invited.temporaryPassword))?.actor).toMatchObject({ role: "agency_responder", agencyId: agency.id });
    await expect(caller.admin.createAccount({ email: "maya@ap2.example", name: "Dup", role: "investigator" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const reset = await caller.admin.resetPassword({ userId: invited.userId });
    expect(await signIn("maya@ap2.example", invited.temporaryPassword)).toBeNull();
    expect(await signIn("maya@ap2.example", reset.temporaryPassword)).not.toBeNull();

    const [before] = await t.db.select().from(users).where(eq(users.id, invited.userId));
    await caller.admin.setActive({ userId: invited.userId, active: false });
    expect(await loadActor(t.db, sessionOf(before!))).toBeNull();
    expect(await signIn("maya@ap2.example", reset.temporaryPassword)).toBeNull();
    await expect(caller.admin.setActive({ userId: admin.id, active: false })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, invited.userId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.create", "user.reset_password", "user.deactivate"]));
    // The audit trail is never emptied, so it holds no personal value: not the new account's address or name.
    expect(JSON.stringify(audit)).not.toMatch(/maya@ap2\.example|Maya Lestari/i);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(invited.temporaryPassword);
    expect(text).not.toContain(reset.temporaryPassword);
    expect(text).not.toContain("argon2");
  });

  it("is for admins only", async () => {
    const { caller: investigator } = await callerAs(t.db, "investigator");
    await expect(investigator.admin.accounts()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(investigator.admin.createAgency({ slug: "nope", nameId: "Nope", nameEn: "Nope", kind: "agency" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { caller: responder } = await callerAs(t.db, "agency_responder");
    await expect(responder.admin.catalog()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(t.db, null).admin.accounts()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
