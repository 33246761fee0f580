import { and, desc, eq, sql } from "drizzle-orm";
import { auditLog, complaints, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** "Who saw which identity": every reveal of a reporter's identity, newest first, with the reason given. */
export async function listIdentityReveals({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  return ctx.db
    .select({
      at: auditLog.occurredAt,
      actorName: users.name,
      actorRole: auditLog.actorRole,
      complaintId: complaints.id,
      trackingCode: complaints.trackingCode,
      reason: sql<string>`${auditLog.after}->>'reason'`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .innerJoin(complaints, and(eq(auditLog.entityType, "complaint"), sql`${complaints.id}::text = ${auditLog.entityId}`))
    .where(eq(auditLog.action, "complaint.reveal_identity"))
    .orderBy(desc(auditLog.occurredAt))
    .limit(200);
}
