import { NextResponse, type NextRequest } from "next/server";
import { isForeignPagePost } from "./server/api/csrf";
import { contentSecurityPolicy, HSTS, isHttps, tileOriginOf } from "./server/api/security-headers";
import { env } from "./server/env";

const tileOrigin = tileOriginOf(env.map.tileUrl);

/** A fresh nonce per page request, handed to Next (which puts it on its scripts) and sent as the CSP. */
export function proxy(request: NextRequest) {
  if (isForeignPagePost(request)) return new NextResponse("cross-site request refused", { status: 403 });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = isHttps(request.url, request.headers.get("x-forwarded-proto"), env.trustProxyHops);
  const csp = contentSecurityPolicy({ nonce, dev: env.nodeEnv === "development", https, tileOrigin });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Pages only: API answers are JSON, files or XML, and set their own headers.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
