import { and, desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import type { Actor } from "./context";
import { currentRequestId } from "@/server/request-scope";

export type AuditEntry = {
  /** `{entity}.{verb}`, e.g. `complaint.verify`. */
  action: `${string}.${string}`;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Writes one audit row; call it with the transaction that makes the change. */
export async function writeAudit(tx: Queryable, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: currentRequestId(),
  });
}

/** The audit trail of one entity, newest first, with the actor's name: shown on complaint and incident pages. */
export async function auditTrail(db: Queryable, entityType: string, entityId: string, limit = 200) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.occurredAt,
      action: auditLog.action,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
