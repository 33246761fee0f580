import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { STAFF_ROLES, type Role } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { isDatabaseUnavailable, retryWhileUnavailable } from "@/server/db/unavailable";
import { DomainError } from "@/server/domain/errors";
import { fieldErrorsOfCause } from "@/server/http/error-fields";
import { CODE_BY_KIND } from "@/server/http/http-errors";

export type TrpcContext = DomainCtx;

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const fieldErrors = fieldErrorsOfCause(cause, ctx?.locale ?? "id");
    // Unknown failures keep their detail server-side only (logged by the route's onError).
    const message = error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message;
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors, domain: cause instanceof DomainError ? cause.kind : null } };
  },
});

/** Turns the domain's typed errors into tRPC codes; one place for the whole API. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: CODE_BY_KIND[cause.kind], message: cause.message, cause });
  }
  // The database restarting or out of connections: the client should try again, and says so by a 503.
  if (isDatabaseUnavailable(cause)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "temporarily unavailable, try again", cause });
  }
  // Verbs parse their own input too (Open311 and jobs call them): a ZodError there is bad input, not a crash.
  if (cause instanceof ZodError && result.error.code === "INTERNAL_SERVER_ERROR") {
    throw new TRPCError({ code: "BAD_REQUEST", message: "invalid input", cause });
  }
  return result;
});

/**
 * Reads are safe to run again: while the database restarts, a query waits for it (up to the retry budget)
 * instead of answering 503. Writes retry only where the verb is idempotent (intake, by its key).
 */
const retryReads = t.middleware(async ({ type, next }) => {
  if (type !== "query") return next();
  let last: Awaited<ReturnType<typeof next>> | undefined;
  try {
    return await retryWhileUnavailable(async () => {
      last = await next();
      if (!last.ok) throw last.error; // retried only when its cause is the database being away
      return last;
    });
  } catch (error) {
    // The last answer, failed: tRPC turns it into the error response (its cause was logged and mapped already).
    if (last) return last;
    throw error;
  }
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(domainErrors).use(retryReads);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign-in required" });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Role check on the server; verbs still check the row (an agency responder only sees their agency). */
export function roleProcedure(roles: readonly Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (ctx.actor.restriction) throw new TRPCError({ code: "FORBIDDEN", message: "account setup required" });
    if (!roles.includes(ctx.actor.role)) throw new TRPCError({ code: "FORBIDDEN", message: "not allowed" });
    return next();
  });
}

export const staffProcedure = roleProcedure(STAFF_ROLES);
export const adminProcedure = roleProcedure(["admin"]);
export const agencyProcedure = roleProcedure(["agency_responder"]);
