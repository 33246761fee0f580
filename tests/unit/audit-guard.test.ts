import path from "node:path";
import { describe, expect, it } from "vitest";
import { domainSources, unauditedWriters } from "@/tests/helpers/audit-guard";

/**
 * Every domain verb that writes in a transaction leaves an audit row (server/domain/audit.ts), or is here with the
 * reason it need not. The list must match exactly: a new unaudited writer fails, and so does an entry gone stale.
 */
const ALLOWED: Record<string, string> = {
  // The public filing a report: no staff actor; the complaint row, its stage events and the intake log are the record.
  "server/domain/complaint/submit.ts": "a report filed by the public",
  // Figures summed from raw checks, recomputed on every run: derived data, nobody's decision.
  "server/domain/monitor/roll-up.ts": "derived figures",
};

const root = path.resolve(import.meta.dirname, "../..");

describe("audit guard", () => {
  it("finds every transactional domain writer auditing, or on the commented allow-list (and nothing stale on it)", () => {
    expect(unauditedWriters(domainSources(root))).toEqual(Object.keys(ALLOWED).sort());
  });

  it("fails on a planted verb that writes in a transaction without an audit row, and passes once it audits", () => {
    const sources = domainSources(root);
    const planted = "server/domain/incident/planted-close.ts";
    sources.set(
      planted,
      `import { eq } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
export async function closeQuietly({ ctx, input }) {
  await ctx.db.transaction(async (tx) => {
    await tx.update(incidents).set({ state: "closed" }).where(eq(incidents.id, input.id));
  });
}
`,
    );
    expect(unauditedWriters(sources)).toContain(planted);

    // Auditing through a domain helper that writes the row counts, as it does for the real verbs.
    sources.set(
      planted,
      `import { eq } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import { incidentForOutage } from "@/server/domain/monitor/outage-incident";
export async function closeQuietly({ ctx, input }) {
  await ctx.db.transaction(async (tx) => {
    await tx.update(incidents).set({ state: "closed" }).where(eq(incidents.id, input.id));
    await incidentForOutage(tx, input.outage, ctx.now());
  });
}
`,
    );
    expect(unauditedWriters(sources)).not.toContain(planted);
  });
});
