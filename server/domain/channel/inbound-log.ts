import { and, eq } from "drizzle-orm";
import { inboundMessages } from "@/server/db/schema";
import type { InboundOutcome, OutboxChannel } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";

export type InboundEntry = {
  channel: OutboxChannel;
  externalId: string;
  outcome: InboundOutcome;
  complaintId?: string | null;
  reason?: string | null;
  at: Date;
};

/** Whether a message with this channel id was already acted on (a second fetch or a webhook's retry). */
export async function wasReceived(db: Queryable, channel: OutboxChannel, externalId: string): Promise<boolean> {
  const [row] = await db
    .select({ outcome: inboundMessages.outcome })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.channel, channel), eq(inboundMessages.externalId, externalId)));
  return Boolean(row);
}

/**
 * Records what a message did, in the transaction that did it. False when another delivery of the same
 * message got there first: the caller's transaction must then undo its work (throw or roll back).
 */
export async function recordInbound(tx: Queryable, entry: InboundEntry): Promise<boolean> {
  const inserted = await tx
    .insert(inboundMessages)
    .values({
      channel: entry.channel,
      externalId: entry.externalId,
      outcome: entry.outcome,
      complaintId: entry.complaintId ?? null,
      reason: entry.reason ?? null,
      receivedAt: entry.at,
    })
    .onConflictDoNothing()
    .returning({ id: inboundMessages.externalId });
  return inserted.length > 0;
}
