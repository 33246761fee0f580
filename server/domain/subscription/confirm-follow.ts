import type { z } from "zod";
import { eq } from "drizzle-orm";
import { subscriptions } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { tokenInput } from "./schemas";
import { hashToken } from "./tokens";

/** The link in the confirmation mail. Clicking it twice is fine. */
export async function confirmFollow({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof tokenInput> }): Promise<{ confirmed: boolean }> {
  const { token } = tokenInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.tokenHash, hashToken(token)))
      .for("update");
    if (!row || row.unsubscribedAt) return { confirmed: false };
    if (!row.confirmedAt) {
      await tx.update(subscriptions).set({ confirmedAt: now }).where(eq(subscriptions.id, row.id));
      await writeAudit(tx, null, { action: "subscription.confirm", entityType: "subscription", entityId: row.id });
    }
    return { confirmed: true };
  });
}
