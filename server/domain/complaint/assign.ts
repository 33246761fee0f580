import type { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { assignInput } from "./schemas";
import { bulkSet } from "./bulk-set";

export async function assignComplaints({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof assignInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintIds, assigneeId } = assignInput.parse(input);
  if (assigneeId) {
    const [assignee] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, assigneeId), eq(users.active, true), inArray(users.role, STAFF_ROLES)));
    if (!assignee) throw new DomainError("VALIDATION", "assignee must be active Ombudsman staff", { assigneeId: ["errors.assignee"] });
  }
  return bulkSet(ctx, actor, complaintIds, "assign", { assigneeId });
}
