import { asc, eq } from "drizzle-orm";
import { agencies, recommendations } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { recommendationColumns } from "@/server/domain/recommendation/columns";

/** A report's recommendations in their order, each with the agency it is addressed to. */
export function reportRecommendations(db: Queryable, reportId: string) {
  return db
    .select(recommendationColumns)
    .from(recommendations)
    .innerJoin(agencies, eq(agencies.id, recommendations.agencyId))
    .where(eq(recommendations.reportId, reportId))
    .orderBy(asc(recommendations.ordinal));
}
