import type { z } from "zod";
import { and, eq, gt, sql } from "drizzle-orm";
import { adminRequests, users } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { adminRequestInput } from "./schemas";
import { TEMPORARY_PASSWORD_HOURS } from "./temporary-password";
import { oneRow } from "@/server/db/one-row";

/**
 * An admin asks for a change that would otherwise let one person hold two admin identities: a new admin
 * account, a new password for an admin, or a reset of anyone's two-step sign-in. Nothing changes until another
 * admin approves (decide-request.ts); the request lapses after the same time a temporary password would.
 */
export async function requestAdminChange({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof adminRequestInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = adminRequestInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // One open request per account or address at a time: a second would only race the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sigap.admin-request'))`);
    const open = and(eq(adminRequests.status, "pending"), gt(adminRequests.expiresAt, now));
    if (data.kind === "create_admin") {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${data.email}`);
      if (taken) throw new DomainError("CONFLICT", "email already used", { email: ["errors.taken"] });
      const [pending] = await tx
        .select({ id: adminRequests.id })
        .from(adminRequests)
        .where(and(open, eq(adminRequests.email, data.email)));
      if (pending) throw new DomainError("CONFLICT", "already requested", { email: ["errors.adminRequestPending"] });
    } else {
      if (data.userId === actor.userId) throw new DomainError("VALIDATION", "own account", { _form: ["errors.adminRequestOwnAccount"] });
      const [target] = await tx.select({ role: users.role, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, data.userId));
      if (!target) throw notFound("user");
      // Another account's password an admin resets alone (admin.resetPassword); only an admin's waits for a second.
      if (data.kind === "reset_password" && target.role !== "admin")
        throw new DomainError("VALIDATION", "not an admin", { _form: ["errors.adminRequestNotNeeded"] });
      if (data.kind === "reset_two_factor" && !target.totpEnabledAt)
        throw new DomainError("VALIDATION", "two-step sign-in is off", { _form: ["errors.twoFactorOff"] });
      const [pending] = await tx
        .select({ id: adminRequests.id })
        .from(adminRequests)
        .where(and(open, eq(adminRequests.kind, data.kind), eq(adminRequests.targetUserId, data.userId)));
      if (pending) throw new DomainError("CONFLICT", "already requested", { _form: ["errors.adminRequestPending"] });
    }
    const row = oneRow(
      await tx
        .insert(adminRequests)
        .values({
          kind: data.kind,
          targetUserId: data.kind === "create_admin" ? null : data.userId,
          email: data.kind === "create_admin" ? data.email : null,
          name: data.kind === "create_admin" ? data.name : null,
          locale: data.kind === "create_admin" ? data.locale : null,
          requestedById: actor.userId,
          requestedAt: now,
          expiresAt: new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3600_000),
        })
        .returning({ id: adminRequests.id }),
    );
    await writeAudit(tx, actor, {
      action: "admin_request.create",
      entityType: "admin_request",
      entityId: row.id,
      // No name or address in the audit trail (it is never emptied): the request row holds them.
      after: { kind: data.kind, targetUserId: data.kind === "create_admin" ? null : data.userId },
    });
    return { requestId: row.id, status: "pending" as const };
  });
}
