import type { Role } from "../db/schema/constants";
import type { Actor, DomainCtx } from "./context";
import { forbidden, unauthorized } from "./errors";

/** Row-level guard used by verbs: returns the actor when their role is one of `roles`. */
export function requireRole(ctx: DomainCtx, roles: readonly Role[]): Actor {
  if (!ctx.actor) throw unauthorized();
  if (!roles.includes(ctx.actor.role)) throw forbidden();
  return ctx.actor;
}
