import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/**
 * Append-only record of every change: `action` is `{entity}.{verb}` (complaint.verify, incident.merge).
 * A trigger (migration 0002) refuses UPDATE, DELETE and TRUNCATE. No foreign keys, so that nothing
 * can ever cascade into it.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamptz().notNull().defaultNow(),
    actorId: uuid(),
    actorRole: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
    /** The HTTP request that made the change (X-Request-Id, also in the logs); null for jobs and the CLI. */
    requestId: text(),
  },
  (t) => [
    index("audit_log_entity_type_entity_id_occurred_at_idx").on(t.entityType, t.entityId, t.occurredAt),
    index("audit_log_actor_id_occurred_at_idx").on(t.actorId, t.occurredAt),
    index("audit_log_action_occurred_at_idx").on(t.action, t.occurredAt),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
