/** The header our own tRPC client sends with every call; a cross-site form or image cannot set it. */
export const CSRF_HEADER = "x-sigap-request";

/**
 * Refuses a state-changing request that did not come from our pages: it must carry our header, and when the
 * browser says where it came from (Origin), that must be this site. Session cookies are SameSite=Lax as well;
 * this is the second lock.
 */
export function isForeignMutation(req: { method: string; headers: Headers; url: string }): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  if (req.headers.get(CSRF_HEADER) !== "1") return true;
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
