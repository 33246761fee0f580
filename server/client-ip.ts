import { env } from "./env";

/**
 * The client's address from the X-Forwarded-For chain that scripts/client-address.mjs hands the app: what each
 * trusted proxy appended, then the socket's own address last. With N trusted proxies the client is N entries
 * before the last; with none, the socket's address itself (a client's own header never reaches this point).
 */
export function clientIpFrom(forwardedFor: string | null, hops = env.trustProxyHops): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = entries[entries.length - 1 - hops] ?? entries[0];
  return ip ? ip.slice(0, 64) : null;
}
