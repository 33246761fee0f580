import type { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { setAccountActiveInput } from "./schemas";

/** Deactivating takes effect on the next request: sessions are re-checked against this flag every time. */
export async function setAccountActive({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof setAccountActiveInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { userId, active } = setAccountActiveInput.parse(input);
  if (userId === actor.userId && !active) throw new DomainError("VALIDATION", "cannot deactivate yourself", { userId: ["errors.selfDeactivate"] });
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ active: users.active }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw notFound("user");
    await tx.update(users).set({ active }).where(eq(users.id, userId));
    await writeAudit(tx, actor, {
      action: active ? "user.activate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before,
      after: { active },
    });
    return { active };
  });
}
