import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";
import { accountRefInput } from "./schemas";
import { temporaryPassword } from "./temporary-password";

export async function resetAccountPassword({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { userId } = accountRefInput.parse(input);
  const { password, columns } = await temporaryPassword(ctx);
  // The new hash moves the session version (trigger): every session of the account ends now.
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(users).set(columns).where(eq(users.id, userId)).returning({ id: users.id });
    if (!row) throw notFound("user");
    await writeAudit(tx, actor, { action: "user.reset_password", entityType: "user", entityId: userId });
    return { temporaryPassword: password };
  });
}
