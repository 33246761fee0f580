import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { loadActor } from "@/server/domain/auth/load-actor";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs, callerFor, createUser, sessionOf } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

describe("procedure authorization", () => {
  it("answers UNAUTHORIZED to anonymous calls of staff and account procedures", async () => {
    const anonymous = callerFor(t.db, null);
    await expect(anonymous.stats.dashboard()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.user.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.user.setLocale({ locale: "en" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers FORBIDDEN to an agency responder on the Ombudsman dashboard", async () => {
    const { caller } = await callerAs(t.db, "agency_responder");
    await expect(caller.stats.dashboard()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets investigators and admins read the dashboard", async () => {
    for (const role of ["investigator", "admin"] as const) {
      const { caller } = await callerAs(t.db, role);
      const dashboard = await caller.stats.dashboard();
      expect(dashboard.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("lets anyone read the public summary, which holds counts only", async () => {
    const summary = await callerFor(t.db, null).stats.publicSummary();
    expect(Object.keys(summary).sort()).toEqual(["closed", "inExamination", "inVerification", "openIncidents", "received", "total"]);
  });

  it("takes role and agency from the database, and drops a deactivated account at once", async () => {
    const user = await createUser(t.db, "agency_responder");
    expect(await loadActor(t.db, sessionOf(user))).toMatchObject({ role: "agency_responder", agencyId: user.agencyId });
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await loadActor(t.db, sessionOf(user))).toBeNull();
    expect(await loadActor(t.db, { ...sessionOf(user), userId: "not-a-uuid" })).toBeNull();
    expect(await loadActor(t.db, { userId: user.id })).toBeNull();
  });
});

describe("input validation", () => {
  it("returns field-level errors in the caller's language, as BAD_REQUEST", async () => {
    const { caller: asId } = await callerAs(t.db, "investigator", "id");
    const { caller: asEn } = await callerAs(t.db, "investigator", "en");
    const bad = { locale: "fr" } as unknown as { locale: "id" };
    const errId = await asId.user.setLocale(bad).catch((e: unknown) => e);
    const errEn = await asEn.user.setLocale(bad).catch((e: unknown) => e);
    expect(errId).toMatchObject({ code: "BAD_REQUEST" });
    expect(errEn).toMatchObject({ code: "BAD_REQUEST" });
    // The formatted shape is what clients receive; check it through the router's formatter.
    const { appRouter } = await import("@/server/api/root");
    const format = (error: unknown, locale: "id" | "en") =>
      appRouter._def._config.errorFormatter({
        // eslint-disable-next-line no-restricted-syntax -- the formatter is fed the errors the test makes, as tRPC would
        error: error as never,
        type: "mutation",
        path: "user.setLocale",
        input: bad,
        ctx: makeDomainCtx({ db: t.db, locale }),
        shape: { message: "x", code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400, path: "user.setLocale" } },
      }) as { data: { fieldErrors: Record<string, string[]> | null } };
    const id = format(errId, "id").data.fieldErrors;
    const en = format(errEn, "en").data.fieldErrors;
    expect(Object.keys(id ?? {})).toEqual(["locale"]);
    expect(Object.keys(en ?? {})).toEqual(["locale"]);
    expect(id!.locale![0]).not.toEqual(en!.locale![0]);
  });

  it("applies a valid change and audits it", async () => {
    const { caller, user } = await callerAs(t.db, "investigator");
    await expect(caller.user.setLocale({ locale: "en" })).resolves.toEqual({ locale: "en" });
    const me = await caller.user.me();
    expect(me.id).toBe(user.id);
    const { auditLog } = await import("@/server/db/schema");
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(rows).toEqual([expect.objectContaining({ action: "user.set_locale", before: { locale: "id" }, after: { locale: "en" } })]);
  });
});
