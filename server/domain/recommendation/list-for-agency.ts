import { eq } from "drizzle-orm";
import { recommendations } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { requireResponder } from "@/server/domain/clarification/agency-access";
import { listRecommendations } from "./select-recommendations";

/** The agency's own recommendations only. */
export async function listAgencyRecommendations({ ctx }: { ctx: DomainCtx }) {
  const actor = requireResponder(ctx);
  return listRecommendations(ctx.db, ctx.now(), eq(recommendations.agencyId, actor.agencyId));
}
