import type { DomainCtx } from "@/server/domain/context";
import { agencyFigures } from "./agency-figures";

/** Every agency's figures: the scorecard index. */
export async function listScorecards({ ctx }: { ctx: DomainCtx }) {
  return agencyFigures(ctx.readDb, ctx.now());
}
