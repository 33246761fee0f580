import type { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { subscriptions } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { tokenInput } from "./schemas";
import { verifyUnsubscribeToken } from "./tokens";

/** One click, from the mail or the mail client (RFC 8058): the follow ends. Repeating it changes nothing. */
export async function unsubscribe({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof tokenInput> }): Promise<{ unsubscribed: boolean }> {
  const { token } = tokenInput.parse(input);
  const id = verifyUnsubscribeToken(token);
  if (!id) return { unsubscribed: false };
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(subscriptions)
      .set({ unsubscribedAt: ctx.now() })
      .where(and(eq(subscriptions.id, id), isNull(subscriptions.unsubscribedAt)))
      .returning({ id: subscriptions.id });
    if (updated.length) await writeAudit(tx, null, { action: "subscription.unsubscribe", entityType: "subscription", entityId: id });
    const [row] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.id, id));
    return { unsubscribed: Boolean(row) };
  });
}
