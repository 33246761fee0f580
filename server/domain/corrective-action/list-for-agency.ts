import { eq } from "drizzle-orm";
import { correctiveActions } from "@/server/db/schema";
import { requireResponder } from "@/server/domain/clarification/agency-access";
import type { DomainCtx } from "@/server/domain/context";
import { listActions } from "./select-actions";

/** What the agency itself has reported. */
export async function listAgencyCorrectiveActions({ ctx }: { ctx: DomainCtx }) {
  const actor = requireResponder(ctx);
  return listActions(ctx.db, eq(correctiveActions.agencyId, actor.agencyId));
}
