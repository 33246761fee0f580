import { and, eq } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { requireResponder } from "./agency-access";

/** The agency's own public incidents, to post statements on. */
export async function listAgencyIncidents({ ctx }: { ctx: DomainCtx }) {
  const actor = requireResponder(ctx);
  return ctx.db
    .select({
      id: incidents.id,
      code: incidents.code,
      title: incidents.titleId,
      status: incidents.publicStatus,
      reportCount: incidents.reportCount,
      lastReportAt: incidents.lastReportAt,
    })
    .from(incidents)
    .where(and(eq(incidents.agencyId, actor.agencyId), eq(incidents.isPublic, true), eq(incidents.state, "confirmed")))
    .orderBy(incidents.lastReportAt);
}
