import type { z } from "zod";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { priorityInput } from "./schemas";
import { bulkSet } from "./bulk-set";

export async function setComplaintPriority({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof priorityInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, priority } = priorityInput.parse(input);
  return bulkSet(ctx, actor, complaintIds, "set_priority", { priority });
}
