import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/server/db/connect";
import { checkHealth } from "@/server/domain/health";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

describe("health", () => {
  it("reports ok and the driver when the database answers", async () => {
    expect(await checkHealth(async () => t)).toEqual({ status: "ok", database: t.driver });
  });

  it("reports an error when the database cannot be reached", async () => {
    // A real postgres.js pool aimed at a port where nothing listens.
    const dead = await connect({ driver: "postgres", url: "postgres://nobody@127.0.0.1:1/none", poolSize: 1 });
    try {
      expect(await checkHealth(async () => dead)).toEqual({ status: "error", database: "unreachable" });
    } finally {
      await dead.close();
    }
    expect(await checkHealth(() => Promise.reject(new Error("boom")))).toMatchObject({ status: "error" });
  });

  it("answers within its time bound when the database hangs", async () => {
    const started = Date.now();
    const result = await checkHealth(() => new Promise(() => {}));
    expect(result.status).toBe("error");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
