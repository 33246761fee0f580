import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import { correctiveActions } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { correctiveActionSubjectInput } from "./schemas";
import { listActions } from "./select-actions";

/** Corrective actions reported on one incident or case, for the investigator's page. */
export async function listCorrectiveActionsFor({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof correctiveActionSubjectInput> }) {
  requireRole(ctx, STAFF_ROLES);
  const data = correctiveActionSubjectInput.parse(input);
  return listActions(
    ctx.db,
    and(data.incidentId ? eq(correctiveActions.incidentId, data.incidentId) : eq(correctiveActions.complaintId, data.complaintId ?? "")),
  );
}
