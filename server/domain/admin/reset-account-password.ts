import type { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { accountRefInput } from "./schemas";
import { temporaryPassword } from "./temporary-password";

/** A new temporary password for an investigator or responder; an admin's needs a second admin (request-change.ts). */
export async function resetAccountPassword({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof accountRefInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { userId } = accountRefInput.parse(input);
  const { password, columns } = await temporaryPassword(ctx);
  // The new hash moves the session version (trigger): every session of the account ends now.
  return ctx.db.transaction(async (tx) => {
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
    if (!target) throw notFound("user");
    if (target.role === "admin")
      throw new DomainError("FORBIDDEN", "an admin's password needs a second admin", { _form: ["errors.adminNeedsApproval"] });
    await tx
      .update(users)
      .set({ ...columns, sponsorIds: [actor.userId] })
      .where(eq(users.id, userId));
    await writeAudit(tx, actor, { action: "user.reset_password", entityType: "user", entityId: userId });
    return { temporaryPassword: password };
  });
}
