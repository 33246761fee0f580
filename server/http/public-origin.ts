import { env } from "@/server/env";
import { isHttps } from "./security-headers";

/**
 * The site's address for links in documents (feeds, PDFs, Open311): PUBLIC_BASE_URL when set, else the host the
 * caller asked for. Not `new URL(req.url).origin`: behind `next start` that names the server's own host
 * (`localhost`) whatever the caller used. The public cache keys its copies by host, so a forged Host header
 * only ever reaches the one who sent it.
 */
export function publicOrigin(req: Request): string {
  if (env.publicBaseUrl) return env.publicBaseUrl;
  const host = req.headers.get("host") ?? new URL(req.url).host;
  const https = isHttps(req.url, req.headers.get("x-forwarded-proto"), env.trustProxyHops);
  return `${https ? "https" : "http"}://${host}`;
}
