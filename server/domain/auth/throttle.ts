import type { DomainCtx } from "@/server/domain/context";
import { limiterFor } from "@/server/domain/rate-limit";

/**
 * Failed sign-ins allowed in each window: per account name from one address (the limit a guesser meets),
 * per account name from anywhere (slower, so a spread-out attack is still bounded without letting one
 * address lock a real person out), and per address across every name.
 */
export const SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP = 10;
export const SIGN_IN_FAILURES_PER_ACCOUNT = 100;
export const SIGN_IN_FAILURES_PER_IP = 50;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_ACCOUNT_WINDOW_SECONDS = 24 * 3600;

function limiters(ctx: DomainCtx) {
  return {
    accountIp: limiterFor(ctx, "signin-account-ip", SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, SIGN_IN_WINDOW_SECONDS),
    account: limiterFor(ctx, "signin-account", SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_ACCOUNT_WINDOW_SECONDS),
    ip: limiterFor(ctx, "signin-ip", SIGN_IN_FAILURES_PER_IP, SIGN_IN_WINDOW_SECONDS),
  };
}

const pairKey = (ctx: DomainCtx, email: string) => `${email}|${ctx.clientIp ?? "-"}`;

/**
 * Which limit, if any, pauses sign-in for this account name from this address: the name from this address,
 * this address across all names, or the name from anywhere. Counted by the name typed, whether or not such an
 * account exists, so being throttled says nothing about which accounts are real.
 */
export async function signInPause(ctx: DomainCtx, email: string): Promise<"account_ip" | "ip" | "account" | null> {
  const { accountIp, account, ip } = limiters(ctx);
  const [p, a, i] = await Promise.all([accountIp.get(pairKey(ctx, email)), account.get(email), ctx.clientIp ? ip.get(ctx.clientIp) : null]);
  if ((p?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP) return "account_ip";
  if ((i?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_IP) return "ip";
  if ((a?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_ACCOUNT) return "account";
  return null;
}

export async function recordSignInFailure(ctx: DomainCtx, email: string): Promise<void> {
  const { accountIp, account, ip } = limiters(ctx);
  // penalty() counts without refusing: the refusal is signInPause's job, before any password is checked.
  await Promise.all([accountIp.penalty(pairKey(ctx, email)), account.penalty(email), ctx.clientIp ? ip.penalty(ctx.clientIp) : null]);
}

/** A success forgives this address's failures for the name; failures elsewhere still count. */
export async function clearSignInFailures(ctx: DomainCtx, email: string): Promise<void> {
  await limiters(ctx).accountIp.delete(pairKey(ctx, email));
}
