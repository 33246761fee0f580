/** The header our own tRPC client sends with every call; a cross-site form or image cannot set it. */
export const CSRF_HEADER = "x-sigap-request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Req = { method: string; headers: Headers; url: string };

/**
 * Whether the browser says the request came from another site (no Origin header: not a cross-site browser
 * request). X-Forwarded-Host names this site only behind a proxy we trust (TRUST_PROXY_HOPS > 0): facing
 * clients directly, anyone could send it to make their own origin look like ours.
 */
export function hasForeignOrigin(req: Omit<Req, "method">, proxyHops: number): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const forwarded = proxyHops > 0 ? req.headers.get("x-forwarded-host") : null;
  const host = forwarded ?? req.headers.get("host") ?? new URL(req.url).host;
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
export function isForeignMutation(req: Req, proxyHops: number): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (req.headers.get(CSRF_HEADER) !== "1") return true;
  return hasForeignOrigin(req, proxyHops);
}

/**
 * A page POST (a Server Action, such as signing in) from another site. Next refuses those itself, but by
 * throwing, which answers 500; the proxy answers 403 first.
 */
export function isForeignPagePost(req: Req, proxyHops: number): boolean {
  return !SAFE_METHODS.has(req.method) && hasForeignOrigin(req, proxyHops);
}
