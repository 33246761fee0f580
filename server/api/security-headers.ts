/**
 * The Content-Security-Policy of every page: scripts only from this origin with the request's nonce (Next
 * puts it on its own scripts), nothing may frame us, forms post only here. Styles keep 'unsafe-inline' for
 * style attributes (charts, the map); no inline script can run.
 */
export function contentSecurityPolicy({ nonce, dev, https, tileOrigin }: { nonce: string; dev: boolean; https: boolean; tileOrigin: string | null }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: sent only on HTTPS, where it means something. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The origin of the map tile URL template, for img-src; null when it is not a URL. */
export function tileOriginOf(template: string): string | null {
  try {
    return new URL(template.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return null;
  }
}

/** Whether the request reached us over HTTPS (directly, or as a trusted proxy says). */
export function isHttps(url: string, forwardedProto: string | null, trustProxyHops: number): boolean {
  if (url.startsWith("https:")) return true;
  return trustProxyHops > 0 && forwardedProto?.split(",")[0]?.trim() === "https";
}
