import type { z } from "zod";
import { eq } from "drizzle-orm";
import { agencies, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, uniqueOr } from "@/server/domain/errors";
import { createAccountInput } from "./schemas";
import { temporaryPassword } from "./temporary-password";
import { oneRow } from "@/server/db/one-row";

/**
 * Invites a staff member or an agency responder (bound to one agency). Answers the temporary password once. A
 * new admin is only ever asked for (request-change.ts): one admin alone could otherwise make a second identity.
 */
export async function createAccount({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof createAccountInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = createAccountInput.parse(input);
  if (data.role === "admin") throw new DomainError("VALIDATION", "a new admin needs a second admin", { role: ["errors.adminNeedsApproval"] });
  const { password, columns } = await temporaryPassword(ctx);
  return uniqueOr("email", () =>
    ctx.db.transaction(async (tx) => {
      if (data.agencyId) {
        const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
        if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
      }
      const row = oneRow(
        await tx
          .insert(users)
          .values({
            email: data.email,
            name: data.name,
            role: data.role,
            agencyId: data.agencyId ?? null,
            locale: data.locale,
            sponsorIds: [actor.userId],
            ...columns,
          })
          .returning({ id: users.id }),
      );
      await writeAudit(tx, actor, {
        action: "user.create",
        entityType: "user",
        entityId: row.id,
        // The account row holds who it is; the audit trail, which is never emptied, holds no personal value.
        after: { role: data.role, agencyId: data.agencyId ?? null },
      });
      return { userId: row.id, temporaryPassword: password };
    }),
  );
}
