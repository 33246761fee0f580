/** The header our own tRPC client sends with every call; a cross-site form or image cannot set it. */
export const CSRF_HEADER = "x-sigap-request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether the browser says the request came from another site (no Origin header: not a cross-site browser request). */
export function hasForeignOrigin(req: { headers: Headers; url: string }): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Refuses a state-changing request that did not come from our pages: it must carry our header, and when the
 * browser says where it came from (Origin), that must be this site. Session cookies are SameSite=Lax as well;
 * this is the second lock.
 */
export function isForeignMutation(req: { method: string; headers: Headers; url: string }): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (req.headers.get(CSRF_HEADER) !== "1") return true;
  return hasForeignOrigin(req);
}

/**
 * A page POST (a Server Action, such as signing in) from another site. Next refuses those itself, but by
 * throwing, which answers 500; the proxy answers 403 first.
 */
export function isForeignPagePost(req: { method: string; headers: Headers; url: string }): boolean {
  return !SAFE_METHODS.has(req.method) && hasForeignOrigin(req);
}
