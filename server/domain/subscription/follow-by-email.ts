import type { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { subscriptions } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { queueMail } from "@/server/domain/notification/enqueue";
import { contactKeys } from "@/server/domain/contact-key";
import { consumeSubmissionQuota } from "@/server/domain/rate-limit";
import { followInput } from "./schemas";
import { resolveTarget } from "./targets";
import { newConfirmToken, unsubscribeToken } from "./tokens";
import { oneRow } from "@/server/db/one-row";

/**
 * Anyone may follow an incident, an agency or a service by email. Nothing is sent to them but a
 * confirmation until they confirm (double opt-in); the answer is the same whether or not the address
 * already follows, so the form tells nobody who follows what.
 */
export async function followByEmail({
  ctx,
  input,
}: {
  ctx: DomainCtx;
  input: z.input<typeof followInput>;
}): Promise<{ status: "confirmation_sent" }> {
  const data = followInput.parse(input);
  const email = data.email.trim().toLowerCase();
  const target = await resolveTarget(ctx.db, data.targetType, data.target);
  if (!target) throw new DomainError("VALIDATION", "nothing to follow", { target: ["errors.notFound"] });
  await consumeSubmissionQuota(ctx, contactKeys({ email }));
  const { token, hash } = newConfirmToken();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(subscriptions)
      .values({ email, targetType: data.targetType, targetId: target.id, locale: data.locale, tokenHash: hash })
      .onConflictDoNothing();
    const row = oneRow(
      await tx
        .select()
        .from(subscriptions)
        .where(
          and(sql`lower(${subscriptions.email}) = ${email}`, eq(subscriptions.targetType, data.targetType), eq(subscriptions.targetId, target.id)),
        )
        .for("update"),
    );
    if (row.tokenHash !== hash) {
      // Already there: a confirmed, active follow stays as it is (no second mail); anything else starts the opt-in again.
      if (row.confirmedAt && !row.unsubscribedAt) return;
      await tx
        .update(subscriptions)
        .set({ tokenHash: hash, confirmedAt: null, unsubscribedAt: null, locale: data.locale })
        .where(eq(subscriptions.id, row.id));
    }
    await queueMail(tx, [
      {
        template: "follow_confirm",
        recipient: email,
        locale: data.locale,
        payload: { token, targetName: target.name, unsubscribeToken: unsubscribeToken(row.id) },
        dedupeKey: `follow.confirm:${row.id}:${hash.slice(0, 16)}`,
      },
    ]);
    await writeAudit(tx, null, {
      action: "subscription.request",
      entityType: "subscription",
      entityId: row.id,
      after: { targetType: data.targetType, targetId: target.id },
    });
  });
  return { status: "confirmation_sent" };
}
