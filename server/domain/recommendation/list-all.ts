import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { listRecommendations } from "./select-recommendations";

/** Every published recommendation, for the Ombudsman's follow-up. */
export async function listAllRecommendations({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, STAFF_ROLES);
  return listRecommendations(ctx.db, ctx.now(), undefined);
}
