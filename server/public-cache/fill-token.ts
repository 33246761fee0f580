import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

/**
 * The public cache renders a page by asking the app itself for it with this header. Such a render carries no
 * nonce (the cache adds a CSP listing the page's script hashes), so only a request holding the token, which
 * every instance derives from the shared secret, gets one.
 */
export const FILL_HEADER = "x-sigap-cache-fill";

export const fillToken = createHmac("sha256", env.authSecret).update("sigap public cache fill").digest("base64url");

export function isCacheFill(value: string | null): boolean {
  if (!value) return false;
  const given = Buffer.from(value);
  const expected = Buffer.from(fillToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
