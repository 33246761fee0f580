import type { Role } from "@/server/db/schema/constants";
import type { Actor, DomainCtx } from "./context";
import { DomainError, forbidden, unauthorized } from "./errors";

/** The signed-in actor, restricted or not: for the account's own settings (password, second factor). */
export function requireSignedIn(ctx: DomainCtx): Actor {
  if (!ctx.actor) throw unauthorized();
  return ctx.actor;
}

/**
 * Row-level guard used by verbs: returns the actor when their role is one of `roles` and their account is in
 * order (no admin-issued password left to change, no required second factor left to enrol).
 */
export function requireRole(ctx: DomainCtx, roles: readonly Role[]): Actor {
  const actor = requireSignedIn(ctx);
  if (actor.restriction) throw new DomainError("FORBIDDEN", "account setup required", { _form: ["errors.accountSetupRequired"] });
  if (!roles.includes(actor.role)) throw forbidden();
  return actor;
}
