import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { DomainCtx } from "./context";
import { DomainError } from "./errors";

// Limiter objects per database handle and setting; their counters live in the rate_limits table, so every
// app instance shares them.
const cache = new WeakMap<Db, Map<string, RateLimiterDrizzle>>();

/** A PostgreSQL-backed limiter: `points` per `seconds` for each key under `prefix`. */
export function limiterFor(ctx: DomainCtx, prefix: string, points: number, seconds: number): RateLimiterDrizzle {
  const id = `${prefix}:${points}/${seconds}`;
  const byId = cache.get(ctx.db) ?? new Map<string, RateLimiterDrizzle>();
  cache.set(ctx.db, byId);
  let limiter = byId.get(id);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: ctx.db, schema: rateLimits, keyPrefix: id, points, duration: seconds });
    byId.set(id, limiter);
  }
  return limiter;
}

function limitersFor(ctx: DomainCtx) {
  const { submitPerIp, submitPerContact, windowSeconds } = ctx.config.rateLimit;
  return {
    perIp: limiterFor(ctx, "submit-ip", submitPerIp, windowSeconds),
    perContact: limiterFor(ctx, "submit-contact", submitPerContact, windowSeconds),
  };
}

/** Spends one point of `key` from `limiter`; past the limit, refuses with RATE_LIMITED and a translated error. */
export async function spendOrRefuse(limiter: RateLimiterDrizzle, key: string, message = "errors.rateLimited"): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfter = Math.ceil(error.msBeforeNext / 1000);
      throw new DomainError("RATE_LIMITED", `too many requests; retry in ${retryAfter} s`, { _form: [message] });
    }
    throw error;
  }
}

/**
 * Spends one submission from the client address's and each contact's quota; refuses with RATE_LIMITED past
 * it. Replays spend too: otherwise resending one key with large files would cost nothing.
 */
export async function consumeSubmissionQuota(ctx: DomainCtx, contacts: string[]): Promise<void> {
  const { perIp, perContact } = limitersFor(ctx);
  if (ctx.clientIp) await spendOrRefuse(perIp, ctx.clientIp);
  for (const key of contacts) await spendOrRefuse(perContact, key);
}

function trackLimiter(ctx: DomainCtx) {
  return limiterFor(ctx, "track-miss-ip", ctx.config.trackLimit.missesPerIp, ctx.config.trackLimit.windowSeconds);
}

/** Whether this client's tracking lookups are refused now, without counting one (the page's status is set by it). */
export async function trackLookupsRefused(ctx: DomainCtx, who: string | null = ctx.clientIp): Promise<boolean> {
  if (!who) return false;
  const spent = await trackLimiter(ctx).get(who);
  return (spent?.consumedPoints ?? 0) >= ctx.config.trackLimit.missesPerIp;
}

/**
 * Looks a complaint up by tracking code for a client that has not guessed too often — its address on the web,
 * its number on WhatsApp (`who`) — past the limit of misses every lookup is refused, hits included (or a guesser
 * could still tell a hit from a miss). Only misses count, so a reporter reloading their own page in a surge
 * never reaches it.
 */
export async function lookupByTrackingCode<T>(
  ctx: DomainCtx,
  find: () => Promise<T | null | undefined>,
  who: string | null = ctx.clientIp,
): Promise<T | null> {
  if (await trackLookupsRefused(ctx, who)) {
    throw new DomainError("RATE_LIMITED", "too many unknown tracking codes", { code: ["errors.trackThrottled"] });
  }
  const found = await find();
  if (found) return found;
  if (who) await trackLimiter(ctx).penalty(who);
  return null;
}
