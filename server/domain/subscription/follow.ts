import { and, eq, isNull, sql } from "drizzle-orm";
import { subscriptions } from "../../db/schema";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError } from "../errors";
import { queueMail } from "../notification/enqueue";
import { consumeSubmissionQuota, contactKeys } from "../rate-limit";
import { followInput, tokenInput } from "./schemas";
import { resolveTarget } from "./targets";
import { hashToken, newConfirmToken, unsubscribeToken, verifyUnsubscribeToken } from "./tokens";

/**
 * Anyone may follow an incident, an agency or a service by email. Nothing is sent to them but a
 * confirmation until they confirm (double opt-in); the answer is the same whether or not the address
 * already follows, so the form tells nobody who follows what.
 */
export async function followByEmail({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<{ status: "confirmation_sent" }> {
  const data = followInput.parse(input);
  const email = data.email.trim().toLowerCase();
  const target = await resolveTarget(ctx.db, data.targetType, data.target);
  if (!target) throw new DomainError("VALIDATION", "nothing to follow", { target: ["errors.notFound"] });
  await consumeSubmissionQuota(ctx, contactKeys({ email }));
  const { token, hash } = newConfirmToken();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(subscriptions).values({ email, targetType: data.targetType, targetId: target.id, locale: data.locale, tokenHash: hash }).onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(subscriptions)
      .where(and(sql`lower(${subscriptions.email}) = ${email}`, eq(subscriptions.targetType, data.targetType), eq(subscriptions.targetId, target.id)))
      .for("update");
    if (row!.tokenHash !== hash) {
      // Already there: a confirmed, active follow stays as it is (no second mail); anything else starts the opt-in again.
      if (row!.confirmedAt && !row!.unsubscribedAt) return;
      await tx.update(subscriptions).set({ tokenHash: hash, confirmedAt: null, unsubscribedAt: null, locale: data.locale }).where(eq(subscriptions.id, row!.id));
    }
    await queueMail(tx, [
      {
        template: "follow_confirm",
        recipient: email,
        locale: data.locale,
        payload: { token, targetName: target.name, unsubscribeToken: unsubscribeToken(row!.id) },
        dedupeKey: `follow.confirm:${row!.id}:${hash.slice(0, 16)}`,
      },
    ]);
    await writeAudit(tx, null, { action: "subscription.request", entityType: "subscription", entityId: row!.id, after: { targetType: data.targetType, targetId: target.id } });
  });
  return { status: "confirmation_sent" };
}

/** The link in the confirmation mail. Clicking it twice is fine. */
export async function confirmFollow({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<{ confirmed: boolean }> {
  const { token } = tokenInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(subscriptions).where(eq(subscriptions.tokenHash, hashToken(token))).for("update");
    if (!row || row.unsubscribedAt) return { confirmed: false };
    if (!row.confirmedAt) {
      await tx.update(subscriptions).set({ confirmedAt: now }).where(eq(subscriptions.id, row.id));
      await writeAudit(tx, null, { action: "subscription.confirm", entityType: "subscription", entityId: row.id });
    }
    return { confirmed: true };
  });
}

/** One click, from the mail or the mail client (RFC 8058): the follow ends. Repeating it changes nothing. */
export async function unsubscribe({ ctx, input }: { ctx: DomainCtx; input: unknown }): Promise<{ unsubscribed: boolean }> {
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
