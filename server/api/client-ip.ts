import { env } from "../env";

/**
 * The client's address from X-Forwarded-For. Each trusted proxy appends the address it saw, so with N proxies
 * the client is the Nth entry from the right. With no proxy, Next fills the header from the socket only when the
 * client sent none — so deployments facing the internet should run behind a proxy and set TRUST_PROXY_HOPS.
 */
export function clientIpFrom(forwardedFor: string | null, hops = env.trustProxyHops): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = entries[entries.length - Math.max(hops, 1)] ?? entries[0];
  return ip ? ip.slice(0, 64) : null;
}
