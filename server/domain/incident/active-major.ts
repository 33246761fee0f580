import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

/** Major and critical incidents still open: the public pages say the Ombudsman knows and link to them. */
export async function listActiveMajorIncidents({ ctx }: { ctx: DomainCtx }) {
  const rows = await ctx.db
    .select({ code: incidents.code, titleId: incidents.titleId, titleEn: incidents.titleEn, status: incidents.publicStatus })
    .from(incidents)
    .where(
      and(
        eq(incidents.isPublic, true),
        eq(incidents.state, "confirmed"),
        ne(incidents.publicStatus, "resolved"),
        inArray(incidents.severity, ["major", "critical"]),
      ),
    )
    .orderBy(desc(incidents.lastReportAt))
    .limit(3);
  return rows.map((r) => ({ code: r.code, title: { id: r.titleId, en: r.titleEn || r.titleId }, status: r.status }));
}
