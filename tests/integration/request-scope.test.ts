import { Writable } from "node:stream";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import { createLog } from "@/server/log";
import { currentRequestId, requestIdFrom, runWithRequestId } from "@/server/request-scope";
import { fileComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.destroy());

const lastAudit = async (action: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1))[0]!;

describe("the request id", () => {
  it("goes into the audit rows written for the request, and nowhere else", async () => {
    await runWithRequestId("req-test-audit-1", () => writeAudit(t.db, null, { action: "test.scoped", entityType: "test", entityId: "1" }));
    expect((await lastAudit("test.scoped")).requestId).toBe("req-test-audit-1");
    await writeAudit(t.db, null, { action: "test.unscoped", entityType: "test", entityId: "2" });
    expect((await lastAudit("test.unscoped")).requestId).toBeNull();
  });

  it("reaches the audit row of a report filed in one statement, across every await", async () => {
    const { complaintId } = await runWithRequestId("req-test-submit-1", async () => {
      await new Promise((r) => setTimeout(r, 5));
      return fileComplaint(t.db);
    });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, complaintId));
    expect(row).toMatchObject({ action: "complaint.submit", requestId: "req-test-submit-1" });
  });

  it("is written on every log line of the request, as JSON", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLog(sink);
    runWithRequestId("req-test-log-1", () => log.warn({ detail: "x" }, "inside"));
    log.warn("outside");
    const [inside, outside] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(inside).toMatchObject({ msg: "inside", reqId: "req-test-log-1", service: "sigap", level: 40 });
    expect(outside!.reqId).toBeUndefined();
    expect(currentRequestId()).toBeNull();
  });

  it("keeps a proxy's sane id and replaces anything else", () => {
    expect(requestIdFrom("0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d")).toBe("0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d");
    for (const bad of [undefined, "", "short", "has spaces in it", "x".repeat(65), "<script>"]) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
