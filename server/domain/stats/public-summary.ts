import { and, count, eq, ne } from "drizzle-orm";
import { complaints, incidents } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

const VERIFICATION = ["formal_verification", "awaiting_reporter", "material_verification"] as const;
const EXAMINATION = ["examination", "examination_report", "corrective_action", "resolution_monitoring", "recommendation"] as const;

export type PublicSummary = {
  total: number;
  received: number;
  inVerification: number;
  inExamination: number;
  closed: number;
  openIncidents: number;
};

/** Aggregate counts only: safe for anyone to see. */
export async function getPublicSummary({ ctx }: { ctx: DomainCtx }): Promise<PublicSummary> {
  const rows = await ctx.db.select({ stage: complaints.stage, n: count() }).from(complaints).groupBy(complaints.stage);
  const sum = (stages: readonly string[]) => rows.filter((r) => stages.includes(r.stage)).reduce((s, r) => s + r.n, 0);
  const [incidentRow] = await ctx.db
    .select({ n: count() })
    .from(incidents)
    .where(and(eq(incidents.isPublic, true), eq(incidents.state, "confirmed"), ne(incidents.publicStatus, "resolved")));
  return {
    total: rows.reduce((s, r) => s + r.n, 0),
    received: sum(["received"]),
    inVerification: sum(VERIFICATION),
    inExamination: sum(EXAMINATION),
    closed: sum(["closed"]),
    openIncidents: incidentRow?.n ?? 0,
  };
}
