import { NextResponse, type NextRequest } from "next/server";
import { isForeignPagePost } from "./server/http/csrf";
import { contentSecurityPolicy, HSTS, isHttps, tileOriginOf } from "./server/http/security-headers";
import { env } from "./server/env";
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from "./server/i18n/locale";
import { FILL_HEADER, isCacheFill } from "./server/public-cache/fill-token";

const tileOrigin = tileOriginOf(env.map.tileUrl);

/**
 * Every page request: an `/en/…` URL is served by the same page in English; a page rendered for one visitor
 * gets a fresh nonce (Next puts it on its scripts) and the CSP naming it. A render for the public cache gets
 * neither: the cache sends each copy with a CSP listing the hashes of the scripts it holds.
 */
export function proxy(request: NextRequest) {
  if (isForeignPagePost(request, env.trustProxyHops)) return new NextResponse("cross-site request refused", { status: 403 });
  const { locale, path } = splitLocalePath(request.nextUrl.pathname);
  const headers = new Headers(request.headers);
  headers.delete(LOCALE_HEADER);
  if (locale) headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, `${path}${request.nextUrl.search}`);
  const filling = isCacheFill(request.headers.get(FILL_HEADER));
  headers.delete(FILL_HEADER);
  const https = isHttps(request.url, request.headers.get("x-forwarded-proto"), env.trustProxyHops);
  let csp: string | null = null;
  if (!filling) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    csp = contentSecurityPolicy({ scripts: { nonce }, dev: env.nodeEnv === "development", https, tileOrigin });
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
  }
  const response = locale
    ? NextResponse.rewrite(new URL(`${path}${request.nextUrl.search}`, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  if (csp) response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Pages only (prefetches too: an `/en/…` prefetch needs its rewrite): API answers set their own headers.
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg).*)"],
};
