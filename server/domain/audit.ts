import { auditLog } from "../db/schema";
import type { Queryable } from "../db/types";
import type { Actor } from "./context";

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
  });
}
