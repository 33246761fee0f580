import { and, count, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidents } from "@/server/db/schema";
import { OPEN_INCIDENT_STATES } from "@/server/db/schema/constants";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerAs } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(() => t.destroy());

describe("staff dashboard", () => {
  it("counts as open only the incidents still open: not the ones resolved", async () => {
    const [{ resolved }] = (await t.db
      .select({ resolved: count() })
      .from(incidents)
      .where(and(inArray(incidents.state, OPEN_INCIDENT_STATES), eq(incidents.publicStatus, "resolved")))) as [{ resolved: number }];
    const [{ open }] = (await t.db
      .select({ open: count() })
      .from(incidents)
      .where(and(inArray(incidents.state, OPEN_INCIDENT_STATES), ne(incidents.publicStatus, "resolved")))) as [{ open: number }];
    expect(resolved).toBeGreaterThan(0); // the demo's e-HAC outage is confirmed and resolved
    const { caller } = await callerAs(t.db, "investigator");
    expect((await caller.stats.dashboard()).openIncidents).toBe(open);
  });
});
