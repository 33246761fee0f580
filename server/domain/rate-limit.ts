import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "../db/schema";
import type { Db } from "../db/types";
import type { DomainCtx } from "./context";
import { DomainError } from "./errors";

type Limiters = { perIp: RateLimiterDrizzle; perContact: RateLimiterDrizzle; signature: string };
// One pair of limiter objects per database handle; their counters live in the rate_limits table,
// so every app instance shares them.
const cache = new WeakMap<Db, Limiters>();

function limitersFor(ctx: DomainCtx): Limiters {
  const { submitPerIp, submitPerContact, windowSeconds } = ctx.config.rateLimit;
  const signature = `${submitPerIp}/${submitPerContact}/${windowSeconds}`;
  const cached = cache.get(ctx.db);
  if (cached && cached.signature === signature) return cached;
  const make = (keyPrefix: string, points: number) =>
    new RateLimiterDrizzle({ storeClient: ctx.db, schema: rateLimits, keyPrefix: `${keyPrefix}:${signature}`, points, duration: windowSeconds });
  const limiters = { perIp: make("submit-ip", submitPerIp), perContact: make("submit-contact", submitPerContact), signature };
  cache.set(ctx.db, limiters);
  return limiters;
}

/** Normalised keys for a reporter's contact, so "A@x.org" and "a@x.org " count as one person. */
export function contactKeys(contact: { email?: string | null; phone?: string | null } | undefined): string[] {
  const keys: string[] = [];
  if (contact?.email) keys.push(`email:${contact.email.trim().toLowerCase()}`);
  if (contact?.phone) keys.push(`phone:${contact.phone.replace(/\D/g, "")}`);
  return keys;
}

/** Spends one submission from the client address's and each contact's quota; refuses with RATE_LIMITED past it. */
export async function consumeSubmissionQuota(ctx: DomainCtx, contacts: string[]): Promise<void> {
  const { perIp, perContact } = limitersFor(ctx);
  try {
    if (ctx.clientIp) await perIp.consume(ctx.clientIp);
    for (const key of contacts) await perContact.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfter = Math.ceil(error.msBeforeNext / 1000);
      throw new DomainError("RATE_LIMITED", `too many submissions; retry in ${retryAfter} s`, {
        _form: ["errors.rateLimited"],
      });
    }
    throw error;
  }
}
