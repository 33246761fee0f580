import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { adminRequests, userRecoveryCodes, users } from "@/server/db/schema";
import type { AdminRequestStatus } from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound, uniqueOr } from "@/server/domain/errors";
import { decideAdminRequestInput } from "./schemas";
import { temporaryPassword } from "./temporary-password";
import { oneRow } from "@/server/db/one-row";

type Request = typeof adminRequests.$inferSelect;
type Outcome = { userId: string; temporaryPassword?: string };

/**
 * Another admin approves or rejects a pending request; the one who asked may cancel it. Approving carries the
 * change out, and the approver — not the requester — receives any temporary password to hand over, so neither
 * alone holds the new identity. Both admins become the account's sponsors: it may not publish what they wrote.
 */
export async function decideAdminRequest({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof decideAdminRequestInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { requestId, decision } = decideAdminRequestInput.parse(input);
  const now = ctx.now();
  // Hashed before the transaction: argon2 is slow and the row lock should not wait on it.
  const issued = decision === "approve" ? await temporaryPassword(ctx) : null;
  return uniqueOr("email", () =>
    ctx.db.transaction(async (tx) => {
      const [request] = await tx.select().from(adminRequests).where(eq(adminRequests.id, requestId)).for("update");
      if (!request) throw notFound("admin request");
      if (request.status !== "pending" || request.expiresAt <= now)
        throw new DomainError("CONFLICT", "request is closed", { _form: ["errors.adminRequestClosed"] });
      const own = request.requestedById === actor.userId;
      if (decision === "cancel" ? !own : own)
        throw new DomainError("FORBIDDEN", decision === "cancel" ? "only its requester cancels" : "another admin must decide", {
          _form: [decision === "cancel" ? "errors.adminRequestNotYours" : "errors.adminRequestOwn"],
        });
      const status: Exclude<AdminRequestStatus, "pending"> = decision === "approve" ? "approved" : decision === "reject" ? "rejected" : "cancelled";
      const outcome = issued ? await carryOut(tx, request, actor.userId, issued) : null;
      await tx
        .update(adminRequests)
        .set({ status, decidedById: actor.userId, decidedAt: now, targetUserId: outcome?.userId ?? request.targetUserId })
        .where(eq(adminRequests.id, requestId));
      await writeAudit(tx, actor, {
        action: `admin_request.${decision}`,
        entityType: "admin_request",
        entityId: requestId,
        before: { status: "pending" },
        after: { status, kind: request.kind, requestedById: request.requestedById, targetUserId: outcome?.userId ?? request.targetUserId },
      });
      return { status, userId: outcome?.userId ?? request.targetUserId, temporaryPassword: outcome?.temporaryPassword ?? null };
    }),
  );
}

async function carryOut(tx: Tx, request: Request, approverId: string, issued: Awaited<ReturnType<typeof temporaryPassword>>): Promise<Outcome> {
  const sponsorIds = [request.requestedById, approverId];
  if (request.kind === "create_admin") {
    // The request's own check constraint holds both for this kind; a row without them is not ours to act on.
    if (!request.email || !request.name) throw new DomainError("CONFLICT", "a create_admin request without its account");
    const row = oneRow(
      await tx
        .insert(users)
        .values({ email: request.email, name: request.name, role: "admin", locale: request.locale ?? "id", sponsorIds, ...issued.columns })
        .returning({ id: users.id }),
    );
    return { userId: row.id, temporaryPassword: issued.password };
  }
  const userId = request.targetUserId;
  if (!userId) throw new DomainError("CONFLICT", "a request about an account that names none");
  if (request.kind === "reset_password") {
    // The new hash moves the session version (trigger): every session of the account ends now.
    const [row] = await tx
      .update(users)
      .set({ ...issued.columns, sponsorIds })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) throw notFound("user");
    return { userId, temporaryPassword: issued.password };
  }
  // Two-step sign-in off: its holder enrols again at next sign-in where the role requires it; their sessions end.
  const [row] = await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sponsorIds, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!row) throw notFound("user");
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  return { userId };
}
