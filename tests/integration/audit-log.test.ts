import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

// drizzle wraps the database error; the trigger's message is in its cause.
const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/audit_log is append-only/) }) };

describe("audit_log is append-only", () => {
  it("accepts inserts and refuses UPDATE, DELETE and TRUNCATE", async () => {
    await writeAudit(t.db, null, { action: "test.write", entityType: "test", entityId: "1", after: { a: 1 } });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, "test.write"));
    expect(row).toMatchObject({ entityType: "test", entityId: "1", after: { a: 1 } });

    await expect(t.db.update(auditLog).set({ action: "test.tampered" }).where(eq(auditLog.id, row!.id))).rejects.toMatchObject(refused);
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, row!.id))).rejects.toMatchObject(refused);
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toMatchObject(refused);

    const after = await t.db.select().from(auditLog).where(eq(auditLog.id, row!.id));
    expect(after).toEqual([row]);
  });
});
