import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaints, users } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { newTrackingCode } from "@/server/domain/complaint/tracking-code";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { createAgency, createUser } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const violates = (name: string) => ({ cause: expect.objectContaining({ message: expect.stringContaining(name) }) });

const complaint = (overrides: Partial<typeof complaints.$inferInsert> = {}) => ({
  trackingCode: newTrackingCode(),
  idempotencyKey: crypto.randomUUID(),
  category: "system_down" as const,
  occurredAt: new Date(),
  description: "Server e-HAC tidak bisa diakses di Terminal 3 sejak pagi.",
  ...overrides,
});

describe("the database enforces the domain's rules", () => {
  it("binds agency responders, and only them, to one agency", async () => {
    const agency = await createAgency(t.db);
    await expect(t.db.insert(users).values({ email: "r@x.example", name: "R", passwordHash: "x", role: "agency_responder" })).rejects.toMatchObject(
      violates("users_agency_role_check"),
    );
    await expect(
      t.db.insert(users).values({ email: "i@x.example", name: "I", passwordHash: "x", role: "investigator", agencyId: agency.id }),
    ).rejects.toMatchObject(violates("users_agency_role_check"));
  });

  it("refuses unknown enum values, closing without an outcome, and duplicate idempotency keys", async () => {
    // eslint-disable-next-line no-restricted-syntax -- a value outside the enum, which only the database can refuse here
    await expect(t.db.insert(complaints).values(complaint({ category: "bogus" as never }))).rejects.toMatchObject(
      violates("complaints_category_check"),
    );
    await expect(t.db.insert(complaints).values(complaint({ stage: "closed" }))).rejects.toMatchObject(violates("complaints_closed_outcome_check"));
    await t.db.insert(complaints).values(complaint({ idempotencyKey: "same-key" }));
    await expect(t.db.insert(complaints).values(complaint({ idempotencyKey: "same-key" }))).rejects.toMatchObject(
      violates("complaints_idempotency_key_idx"),
    );
  });

  it("treats emails case-insensitively for accounts", async () => {
    await createUser(t.db, "investigator", { email: "Budi@Example.org" });
    await expect(createUser(t.db, "investigator", { email: "budi@example.org" })).rejects.toMatchObject(violates("users_email_idx"));
  });

  it("indexes descriptions for accent-insensitive full-text search", async () => {
    await t.db.insert(complaints).values(complaint({ description: "Antrean sangat panjang, café di bandara penuh sesak." }));
    const rows = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaints where search_vector @@ plainto_tsquery('simple', sigap_unaccent('cafe antrean'))`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it("keeps rate-limit counters in an unlogged table (no WAL on the hot path)", async () => {
    const rows = await selectRows<{ p: string }>(t.db, sql`select relpersistence as p from pg_class where relname = 'rate_limits'`);
    expect(rows[0]!.p).toBe("u");
  });
});
