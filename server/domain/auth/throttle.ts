import type { DomainCtx } from "../context";
import { limiterFor } from "../rate-limit";

/** Failed sign-ins allowed per account name and per client address in each window. */
export const SIGN_IN_FAILURES_PER_ACCOUNT = 10;
export const SIGN_IN_FAILURES_PER_IP = 50;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

function limiters(ctx: DomainCtx) {
  return {
    account: limiterFor(ctx, "signin-account", SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
    ip: limiterFor(ctx, "signin-ip", SIGN_IN_FAILURES_PER_IP, SIGN_IN_WINDOW_SECONDS),
  };
}

/**
 * Whether sign-in is paused for this account name or address. Counted by the name typed, whether or not such
 * an account exists, so being throttled says nothing about which accounts are real.
 */
export async function isSignInThrottled(ctx: DomainCtx, email: string): Promise<boolean> {
  const { account, ip } = limiters(ctx);
  const [a, i] = await Promise.all([account.get(email), ctx.clientIp ? ip.get(ctx.clientIp) : null]);
  return (a?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_ACCOUNT || (i?.consumedPoints ?? 0) >= SIGN_IN_FAILURES_PER_IP;
}

export async function recordSignInFailure(ctx: DomainCtx, email: string): Promise<void> {
  const { account, ip } = limiters(ctx);
  // penalty() counts without refusing: the refusal is isSignInThrottled's job, before any password is checked.
  await Promise.all([account.penalty(email), ctx.clientIp ? ip.penalty(ctx.clientIp) : null]);
}

export async function clearSignInFailures(ctx: DomainCtx, email: string): Promise<void> {
  await limiters(ctx).account.delete(email);
}
